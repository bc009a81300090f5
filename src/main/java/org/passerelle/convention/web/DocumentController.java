package org.passerelle.convention.web;

import java.io.IOException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.passerelle.convention.ConventionDocuments;
import org.passerelle.convention.DocumentDownload;
import org.passerelle.convention.DocumentKind;
import org.passerelle.convention.DocumentRejectedException;
import org.passerelle.shared.PasserelleUser;

/**
 * A convention's documents: uploaded by its editors, downloaded by those who see the
 * whole convention, always as an attachment with the type sniffed at upload.
 */
@Controller
class DocumentController {

	private final ConventionDocuments documents;

	DocumentController(ConventionDocuments documents) {
		this.documents = documents;
	}

	@PostMapping("/conventions/{id}/documents")
	String upload(@PathVariable long id, @RequestParam(defaultValue = "ANNEX") DocumentKind kind,
			@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal PasserelleUser user,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", "document.empty");
			return "redirect:/conventions/" + id + "#documents";
		}
		if (file.getSize() > this.documents.maxSize()) {
			redirect.addFlashAttribute("documentProblem",
					new DocumentRejectedException("document.tooLarge", this.documents.maxSize() / (1024 * 1024))
						.getProblem());
			return "redirect:/conventions/" + id + "#documents";
		}
		try {
			this.documents.upload(id, kind, String.valueOf(file.getOriginalFilename()), file.getBytes(), user);
			redirect.addFlashAttribute("success", "document.added");
		}
		catch (DocumentRejectedException ex) {
			redirect.addFlashAttribute("documentProblem", ex.getProblem());
		}
		return "redirect:/conventions/" + id + "#documents";
	}

	@GetMapping("/conventions/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId,
			@AuthenticationPrincipal PasserelleUser user) {
		DocumentDownload download = this.documents.download(id, documentId, user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(download.content());
	}

	/** What removing the document does; the button posts to the same address. */
	@GetMapping("/conventions/{id}/documents/{documentId}/delete")
	String delete(@PathVariable long id, @PathVariable long documentId, @AuthenticationPrincipal PasserelleUser user,
			Model model) {
		model.addAttribute("document", this.documents.forRemoval(id, documentId, user));
		model.addAttribute("conventionId", id);
		return "conventions/document-delete";
	}

	@PostMapping("/conventions/{id}/documents/{documentId}/delete")
	String delete(@PathVariable long id, @PathVariable long documentId, @AuthenticationPrincipal PasserelleUser user,
			RedirectAttributes redirect) {
		this.documents.remove(id, documentId, user);
		redirect.addFlashAttribute("success", "document.removed");
		return "redirect:/conventions/" + id + "#documents";
	}

}
