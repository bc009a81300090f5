package org.passerelle.organisation.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A file larger than the upload limit is refused with a message on the import page, not
 * an error page.
 */
@ControllerAdvice
class ImportUploadAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "import.problem.tooLarge");
		return "redirect:/organisations/import";
	}

}
