package de.integrationskonzept.platform.security.internal;

import java.security.Principal;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The person's own data: download a copy (JSON) and delete the account. Deleting asks for the
 * password again, so an unattended session cannot delete an account.
 */
@Controller
@RequestMapping("/konto")
class PersonalDataPages {

	private final UserAccounts accounts;
	private final PersonalDataRequests requests;
	private final PasswordEncoder passwords;

	PersonalDataPages(UserAccounts accounts, PersonalDataRequests requests, PasswordEncoder passwords) {
		this.accounts = accounts;
		this.requests = requests;
		this.passwords = passwords;
	}

	@PostMapping("/datenexport")
	String requestExport(Principal principal, Model model) {
		model.addAttribute("token", requests.requestExport(account(principal).id()));
		model.addAttribute("validMinutes", PersonalDataRequests.EXPORT_LINK_VALIDITY.toMinutes());
		return "security/data-export";
	}

	@GetMapping("/datenexport/{token}")
	ResponseEntity<byte[]> download(@PathVariable String token, Principal principal) {
		return requests.download(token, account(principal).id())
			.map(json -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("meine-daten.json").build().toString())
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.body(json))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
				.body("Dieser Link ist abgelaufen, wurde schon benutzt oder gehört zu einem anderen Konto. Fordern Sie unter /konto einen neuen an."
					.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	@GetMapping("/loeschen")
	String confirmDeletion(Model model) {
		model.addAttribute("errors", Map.of());
		return "security/account-delete";
	}

	@PostMapping("/loeschen")
	String delete(@RequestParam(defaultValue = "") String password, Principal principal, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Account account = account(principal);
		if (account.passwordHash() == null || !passwords.matches(password, account.passwordHash())) {
			return refuse(model, response, Map.of("password", "accountDelete.wrongPassword"));
		}
		try {
			requests.deleteAccount(account.id());
		}
		catch (PersonalDataRequests.LastAdministrator last) {
			model.addAttribute("lastAdminOf", String.join(", ", last.tenantSlugs()));
			return refuse(model, response, Map.of("password", "accountDelete.lastAdministrator"));
		}
		new SecurityContextLogoutHandler().logout(request, response, null);
		return "redirect:/?konto-geloescht";
	}

	private static String refuse(Model model, HttpServletResponse response, Map<String, String> errors) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("errors", errors);
		return "security/account-delete";
	}

	private Account account(Principal principal) {
		return accounts.findByEmail(principal.getName()).orElseThrow();
	}
}
