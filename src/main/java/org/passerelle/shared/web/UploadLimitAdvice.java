package org.passerelle.shared.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A file larger than the portal's upload limit
 * ({@code spring.servlet.multipart.max-file-size}) is refused before any controller sees
 * it. This sends the person back to the page the upload came from, with that form's own
 * message, instead of an error page.
 */
@ControllerAdvice
class UploadLimitAdvice {

	/** The attribute holding the arguments of the flash {@code error} message. */
	static final String ERROR_ARGUMENTS = "errorArguments";

	/**
	 * One form that uploads a file.
	 *
	 * @param path the path it posts to
	 * @param page where to send the person back ({@code $1}... from the path)
	 * @param messageKey what to tell them, with the limit in MB as its argument
	 * @param megabytes the limit the message states
	 */
	record UploadForm(Pattern path, String page, String messageKey, long megabytes) {
	}

	private final List<UploadForm> forms;

	private final long portalLimit;

	UploadLimitAdvice(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize portalLimit,
			@Value("${passerelle.convention.max-document-size:10MB}") DataSize documentLimit) {
		this.portalLimit = portalLimit.toMegabytes();
		this.forms = List.of(
				new UploadForm(Pattern.compile("/organisations/import/?"), "/organisations/import",
						"import.problem.tooLarge", this.portalLimit),
				new UploadForm(Pattern.compile("/conventions/(\\d+)/documents/?"), "/conventions/$1#documents",
						"document.tooLarge", documentLimit.toMegabytes()));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (UploadForm form : this.forms) {
			Matcher matcher = form.path().matcher(path);
			if (matcher.matches()) {
				return refuse(redirect, form.messageKey(), form.megabytes(), matcher.replaceFirst(form.page()));
			}
		}
		return refuse(redirect, "upload.tooLarge", this.portalLimit, path);
	}

	private static String refuse(RedirectAttributes redirect, String messageKey, long megabytes, String page) {
		redirect.addFlashAttribute("error", messageKey);
		redirect.addFlashAttribute(ERROR_ARGUMENTS, new Object[] { megabytes });
		return "redirect:" + page;
	}

}
