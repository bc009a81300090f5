package org.passerelle.account.web;

import org.jspecify.annotations.Nullable;

import java.util.List;

import java.util.Objects;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.passerelle.account.Account;
import org.passerelle.account.AccountService;
import org.passerelle.account.EmailAlreadyUsedException;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

/**
 * Administrators create accounts, give them a role and an organisation, and deactivate
 * them. Reached only by administrators (see the security configuration).
 */
@Controller
@RequestMapping("/admin/users")
class AdminUserController {

	private static final String FORM = "admin/users/form";

	private final AccountService accounts;

	private final Organisations organisations;

	private final AccountFormValidator validator;

	AdminUserController(AccountService accounts, Organisations organisations, AccountFormValidator validator) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.validator = validator;
	}

	@InitBinder("accountForm")
	void initBinder(WebDataBinder binder) {
		binder.addValidators(this.validator);
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "role", required = false) Role role, @PageableDefault(size = 25) Pageable pageable,
			Model model) {
		Page<Account> page = this.accounts.search(text, role, pageable);
		model.addAttribute("q", text);
		model.addAttribute("role", role);
		model.addAttribute("page", page);
		model.addAttribute("organisations", this.organisations
			.byIds(page.stream().map(Account::getOrganisationId).filter(Objects::nonNull).toList()));
		return "admin/users/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		AccountForm form = new AccountForm();
		model.addAttribute("accountForm", form);
		return showForm(model, null, form, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute AccountForm accountForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.validator.validateNewPassword(accountForm, result);
		if (result.hasErrors()) {
			return showForm(model, null, accountForm, null);
		}
		try {
			this.accounts.create(accountForm.toDetails(), accountForm.getPassword());
		}
		catch (EmailAlreadyUsedException ex) {
			result.rejectValue("email", "account.email.taken");
			return showForm(model, null, accountForm, null);
		}
		redirect.addFlashAttribute("success", "admin.users.created");
		return "redirect:/admin/users";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Account account = this.accounts.get(id);
		AccountForm form = AccountForm.of(account);
		model.addAttribute("accountForm", form);
		return showForm(model, account, form, null);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute AccountForm accountForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Account account = this.accounts.get(id);
		if (result.hasErrors()) {
			return showForm(model, account, accountForm, null);
		}
		try {
			this.accounts.update(id, accountForm.getVersion(), accountForm.toDetails());
		}
		catch (EmailAlreadyUsedException ex) {
			result.rejectValue("email", "account.email.taken");
			return showForm(model, account, accountForm, null);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("concurrentEdit");
			return showForm(model, account, accountForm, null);
		}
		redirect.addFlashAttribute("success", "admin.users.saved");
		return "redirect:/admin/users";
	}

	/** What deactivating will do, and the button that does it. */
	@GetMapping("/{id}/deactivate")
	String confirmDeactivation(@PathVariable long id, @AuthenticationPrincipal PasserelleUser admin, Model model,
			RedirectAttributes redirect) {
		Account account = this.accounts.get(id);
		if (id == admin.getAccountId()) {
			redirect.addFlashAttribute("error", "admin.users.cannotDeactivateSelf");
			return "redirect:/admin/users/" + id;
		}
		if (!account.isActive()) {
			return "redirect:/admin/users/" + id;
		}
		model.addAttribute("account", account);
		return "admin/users/deactivate";
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @AuthenticationPrincipal PasserelleUser admin,
			RedirectAttributes redirect) {
		if (id == admin.getAccountId()) {
			redirect.addFlashAttribute("error", "admin.users.cannotDeactivateSelf");
			return "redirect:/admin/users/" + id;
		}
		this.accounts.deactivate(id, admin.getAccountId());
		redirect.addFlashAttribute("success", "admin.users.deactivated");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable long id, RedirectAttributes redirect) {
		this.accounts.reactivate(id);
		redirect.addFlashAttribute("success", "admin.users.reactivated");
		return "redirect:/admin/users/" + id;
	}

	/**
	 * The organisation picker's "search" button: the form again with the organisations
	 * found; nothing saved.
	 */
	@PostMapping(path = { "/new", "/{id}" }, params = "find")
	String findOrganisations(@PathVariable(required = false) @Nullable Long id, @ModelAttribute AccountForm accountForm,
			@RequestParam(defaultValue = "") String organisationIdQuery, Model model) {
		Account account = (id != null) ? this.accounts.get(id) : null;
		return showForm(model, account, accountForm, organisationIdQuery);
	}

	/**
	 * The form, whose organisation is a picker: the one chosen and what a search found,
	 * never the whole directory.
	 */
	private String showForm(Model model, @Nullable Account account, AccountForm form, @Nullable String query) {
		model.addAttribute("account", account);
		model.addAttribute("organisationPicker", this.organisations
			.picker((form.getOrganisationId() != null) ? List.of(form.getOrganisationId()) : List.of(), query, null));
		return FORM;
	}

}
