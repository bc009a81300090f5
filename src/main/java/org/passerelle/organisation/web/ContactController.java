package org.passerelle.organisation.web;

import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.passerelle.organisation.Contact;
import org.passerelle.organisation.ContactExport;
import org.passerelle.organisation.ContactPurpose;
import org.passerelle.organisation.Contacts;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.OrganisationPermissions;
import org.passerelle.shared.PasserelleUser;

/**
 * An organisation's contacts: staff manage everyone's, a liaison their own
 * organisation's. A contact's data can be exported and erased on request (GDPR).
 */
@Controller
@RequestMapping("/organisations/{organisationId:\\d+}/contacts")
class ContactController {

	private static final String FORM = "organisations/contact-form";

	private final Contacts contacts;

	private final OrganisationDirectory directory;

	private final OrganisationPermissions permissions;

	ContactController(Contacts contacts, OrganisationDirectory directory, OrganisationPermissions permissions) {
		this.contacts = contacts;
		this.directory = directory;
		this.permissions = permissions;
	}

	@ModelAttribute("purposes")
	ContactPurpose[] purposes() {
		return ContactPurpose.values();
	}

	@GetMapping("/new")
	String create(@PathVariable long organisationId, @AuthenticationPrincipal PasserelleUser user, Model model) {
		Organisation organisation = allowed(organisationId, user);
		model.addAttribute("contactForm", new ContactForm());
		return showForm(model, organisation, null);
	}

	@PostMapping("/new")
	String create(@PathVariable long organisationId, @Valid @ModelAttribute ContactForm contactForm,
			BindingResult result, @AuthenticationPrincipal PasserelleUser user, Model model,
			RedirectAttributes redirect) {
		Organisation organisation = allowed(organisationId, user);
		if (result.hasErrors()) {
			return showForm(model, organisation, null);
		}
		this.contacts.add(organisationId, contactForm.toDetails());
		redirect.addFlashAttribute("success", "contact.added");
		return "redirect:/organisations/" + organisationId + "#contacts";
	}

	@GetMapping("/{contactId:\\d+}")
	String edit(@PathVariable long organisationId, @PathVariable long contactId,
			@AuthenticationPrincipal PasserelleUser user, Model model) {
		Organisation organisation = allowed(organisationId, user);
		Contact contact = live(organisationId, contactId);
		model.addAttribute("contactForm", ContactForm.of(contact));
		return showForm(model, organisation, contact);
	}

	@PostMapping("/{contactId:\\d+}")
	String update(@PathVariable long organisationId, @PathVariable long contactId,
			@Valid @ModelAttribute ContactForm contactForm, BindingResult result,
			@AuthenticationPrincipal PasserelleUser user, Model model, RedirectAttributes redirect) {
		Organisation organisation = allowed(organisationId, user);
		Contact contact = live(organisationId, contactId);
		if (result.hasErrors()) {
			return showForm(model, organisation, contact);
		}
		try {
			this.contacts.update(organisationId, contactId, contactForm.getVersion(), contactForm.toDetails());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("concurrentEdit");
			return showForm(model, organisation, contact);
		}
		redirect.addFlashAttribute("success", "contact.saved");
		return "redirect:/organisations/" + organisationId + "#contacts";
	}

	/** Everything kept about the contact, as a JSON file (GDPR, articles 15 and 20). */
	@GetMapping(path = "/{contactId:\\d+}/export", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<ContactExport> export(@PathVariable long organisationId, @PathVariable long contactId,
			@AuthenticationPrincipal PasserelleUser user) {
		this.permissions.requireContactsReader(user, this.directory.get(organisationId));
		ContactExport export = this.contacts.export(organisationId, contactId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contact-" + contactId + ".json\"")
			.body(export);
	}

	@PostMapping("/{contactId:\\d+}/erase")
	String erase(@PathVariable long organisationId, @PathVariable long contactId,
			@AuthenticationPrincipal PasserelleUser user, RedirectAttributes redirect) {
		allowed(organisationId, user);
		this.contacts.erase(organisationId, contactId);
		redirect.addFlashAttribute("success", "contact.erased");
		return "redirect:/organisations/" + organisationId + "#contacts";
	}

	/** The organisation, when the person may change its contacts. */
	private Organisation allowed(long organisationId, PasserelleUser user) {
		Organisation organisation = this.directory.get(organisationId);
		this.permissions.requireContactsEditor(user, organisation);
		return organisation;
	}

	private Contact live(long organisationId, long contactId) {
		Contact contact = this.contacts.get(organisationId, contactId);
		if (contact.isErased()) {
			throw new org.passerelle.shared.NotFoundException("Contact", contactId);
		}
		return contact;
	}

	private String showForm(Model model, Organisation organisation, Contact contact) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("contact", contact);
		return FORM;
	}

}
