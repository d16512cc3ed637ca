package de.integrationskonzept.platform.security.internal;

import static de.integrationskonzept.platform.internal.db.Tables.SIGNING_KEY;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * The authorization server's signing keys, kept in PostgreSQL (private keys encrypted) so that
 * tokens stay valid across restarts and across several instances. The newest active key signs;
 * older keys stay published in the JWK set until they are retired.
 */
@Component
class SigningKeys {

	private final DSLContext dsl;
	private final SecretBox secretBox;
	private final TransactionTemplate transactions;
	/** Other instances may rotate: re-read the keys now and then. */
	private static final java.time.Duration RELOAD_AFTER = java.time.Duration.ofMinutes(5);

	private volatile JWKSet cached;
	private volatile java.time.Instant loadedAt = java.time.Instant.EPOCH;

	SigningKeys(DSLContext dsl, SecretBox secretBox, TransactionTemplate transactions) {
		this.dsl = dsl;
		this.secretBox = secretBox;
		this.transactions = transactions;
	}

	JWKSource<SecurityContext> source() {
		return (selector, context) -> selector.select(current());
	}

	JWKSet current() {
		JWKSet keys = cached;
		if (keys == null || loadedAt.plus(RELOAD_AFTER).isBefore(java.time.Instant.now())) {
			keys = load();
			cached = keys;
			loadedAt = java.time.Instant.now();
		}
		return keys;
	}

	/** Adds a new signing key; it signs from now on, the previous ones still verify. */
	String rotate() {
		return transactions.execute(status -> insertNewKey());
	}

	private String insertNewKey() {
		String kid = UUID.randomUUID().toString();
		KeyPair pair = newRsaKeyPair();
		dsl.insertInto(SIGNING_KEY)
			.set(SIGNING_KEY.KID, kid)
			.set(SIGNING_KEY.PRIVATE_KEY, secretBox.encrypt(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded())))
			.set(SIGNING_KEY.PUBLIC_KEY, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()))
			.execute();
		cached = null;
		return kid;
	}

	private JWKSet load() {
		return transactions.execute(status -> loadOrCreate());
	}

	private JWKSet loadOrCreate() {
		var rows = dsl.selectFrom(SIGNING_KEY).where(SIGNING_KEY.ACTIVE).orderBy(SIGNING_KEY.CREATED_AT.desc()).fetch();
		if (rows.isEmpty()) {
			// Several instances may start at once: serialise the creation of the first key.
			dsl.execute("lock table platform.signing_key in exclusive mode");
			rows = dsl.selectFrom(SIGNING_KEY).where(SIGNING_KEY.ACTIVE).orderBy(SIGNING_KEY.CREATED_AT.desc()).fetch();
			if (rows.isEmpty()) {
				insertNewKey();
				rows = dsl.selectFrom(SIGNING_KEY).where(SIGNING_KEY.ACTIVE).orderBy(SIGNING_KEY.CREATED_AT.desc()).fetch();
			}
		}
		List<JWK> keys = rows.stream().map(row -> (JWK) new RSAKey.Builder(publicKey(row.getPublicKey()))
			.privateKey(privateKey(secretBox.decrypt(row.getPrivateKey())))
			.keyID(row.getKid())
			.build()).toList();
		return new JWKSet(keys);
	}

	private static KeyPair newRsaKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(3072);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static RSAPublicKey publicKey(String encoded) {
		try {
			return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(encoded)));
		}
		catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
			throw new IllegalStateException("stored public key is unreadable", e);
		}
	}

	private static RSAPrivateKey privateKey(String encoded) {
		try {
			return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded)));
		}
		catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
			throw new IllegalStateException("stored private key is unreadable", e);
		}
	}
}
