package de.integrationskonzept.platform.security.internal;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A signed-in person's own account: who they are, where they hold which role, and whether a
 * second factor protects the account.
 */
@Controller
class AccountPages {

	private final UserAccounts accounts;

	AccountPages(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/konto")
	String account(Principal principal, Model model) {
		Account account = accounts.findByEmail(principal.getName()).orElseThrow();
		model.addAttribute("account", account);
		model.addAttribute("memberships", accounts.membershipsOf(account.id()));
		return "security/account";
	}
}
