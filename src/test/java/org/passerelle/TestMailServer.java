package org.passerelle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SMTP server (GreenMail) the tests' mail goes to: one for the whole test run, on a
 * free port, started when a test first asks for it. A test class points the portal at it
 * from its {@code @DynamicPropertySource} with {@link #register}, then reads the mails to
 * its own unique addresses; the listeners send after the commit, so the readers wait.
 */
public final class TestMailServer {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static GreenMail server;

	private TestMailServer() {
	}

	/** The server, started on first use and stopped when the tests end. */
	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	/**
	 * Sends the portal's mail to a port of this machine where no server listens until the
	 * test starts one there: the mail server is down.
	 */
	public static void registerDown(DynamicPropertyRegistry registry, int port) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> port);
	}

	/** Sends the portal's mail to the server. */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> server().getSmtp().getPort());
	}

	/** The mails received so far for an address. */
	public static List<MimeMessage> mailsTo(String address) {
		return List.of(server().getReceivedMessagesForDomain(address));
	}

	/** The only mail to an address, once it has come. */
	public static MimeMessage onlyMailTo(String address) {
		await().atMost(WAIT).untilAsserted(() -> assertThat(mailsTo(address)).hasSize(1));
		return mailsTo(address).get(0);
	}

	/** The first mail to an address, once it has come (others may follow). */
	public static MimeMessage firstMailTo(String address) {
		await().atMost(WAIT).untilAsserted(() -> assertThat(mailsTo(address)).isNotEmpty());
		return mailsTo(address).get(0);
	}

	/** The mails received so far whose subject contains these words. */
	public static List<MimeMessage> about(String words) {
		return Arrays.stream(server().getReceivedMessages())
			.filter((message) -> subject(message).contains(words))
			.toList();
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The mail's plain-text part. */
	public static String text(MimeMessage message) {
		return part(message, "text/plain");
	}

	/** The mail's HTML part. */
	public static String html(MimeMessage message) {
		return part(message, "text/html");
	}

	private static String part(MimeMessage message, String type) {
		try {
			if (message.getContent() instanceof Multipart parts) {
				for (int i = 0; i < parts.getCount(); i++) {
					BodyPart part = parts.getBodyPart(i);
					if (part.isMimeType(type)) {
						return part.getContent().toString();
					}
				}
				throw new AssertionError("no " + type + " part in " + message.getSubject());
			}
			assertThat(message.isMimeType(type)).as("a " + type + " mail").isTrue();
			return message.getContent().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A port nobody listens on yet. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
