package org.passerelle.convention;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

import org.apache.tika.Tika;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PasserelleUser;

/**
 * The signed convention and its annexes. A file's type is sniffed from its content with
 * Apache Tika (a file named {@code .pdf} that is not a PDF is refused), its size checked
 * against {@code passerelle.convention.max-document-size}; files are stored in the
 * database and given only to people who see the whole convention.
 */
@Service
@Transactional
public class ConventionDocuments {

	/** The signed convention is a PDF. */
	static final Set<String> SIGNED_TYPES = Set.of("application/pdf");

	/** Annexes: PDF, images, OpenDocument and Office Open XML files. */
	static final Set<String> ANNEX_TYPES = Set.of("application/pdf", "image/png", "image/jpeg",
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", ".pdf", "image/png", ".png",
			"image/jpeg", ".jpg", "application/vnd.oasis.opendocument.text", ".odt",
			"application/vnd.oasis.opendocument.spreadsheet", ".ods",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

	private final Tika tika = new Tika();

	private final ConventionService service;

	private final DocumentRepository documents;

	private final DocumentContentRepository contents;

	private final ConventionSettings settings;

	private final ConventionPermissions permissions;

	private final ApplicationEventPublisher events;

	ConventionDocuments(ConventionService service, DocumentRepository documents, DocumentContentRepository contents,
			ConventionSettings settings, ConventionPermissions permissions, ApplicationEventPublisher events) {
		this.service = service;
		this.events = events;
		this.permissions = permissions;
		this.documents = documents;
		this.contents = contents;
		this.settings = settings;
	}

	/**
	 * The largest file accepted, in bytes: a setting, read without a transaction (a
	 * convention's page asks it on each view).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public long maxSize() {
		return this.settings.maxDocumentSize().toBytes();
	}

	/**
	 * Attaches a file to a convention.
	 * @throws DocumentRejectedException if the file is empty, too large or of a type not
	 * accepted for this kind of document
	 */
	public ConventionDocument upload(long conventionId, DocumentKind kind, String fileName, byte[] content,
			PasserelleUser user) {
		Convention convention = this.service.editable(conventionId, user);
		if (content.length == 0) {
			throw new DocumentRejectedException("document.empty");
		}
		if (content.length > maxSize()) {
			throw new DocumentRejectedException("document.tooLarge", maxSize() / (1024 * 1024));
		}
		String type = sniff(content, fileName);
		Set<String> accepted = (kind == DocumentKind.SIGNED) ? SIGNED_TYPES : ANNEX_TYPES;
		if (!accepted.contains(type)) {
			throw new DocumentRejectedException(
					(kind == DocumentKind.SIGNED) ? "document.signedMustBePdf" : "document.typeRefused");
		}
		String name = cleanName(fileName, type);
		ConventionDocument document = this.documents.saveAndFlush(
				new ConventionDocument(convention.getId(), kind, name, type, content.length, sha256(content)));
		this.contents.save(new DocumentContent(document.getId(), content));
		this.events
			.publishEvent(new ConventionChanged(convention.getId(), HistoryKind.DOCUMENT_ADDED, user.getEmail(), name));
		return document;
	}

	/** A document, for someone who sees the whole convention. */
	@Transactional(readOnly = true)
	public DocumentDownload download(long conventionId, long documentId, PasserelleUser user) {
		Convention convention = this.service.visible(conventionId, user);
		if (!this.permissions.canSeeWhole(convention, user)) {
			throw new NotFoundException("Document", documentId);
		}
		ConventionDocument document = documentOf(conventionId, documentId);
		DocumentContent content = this.contents.findById(documentId)
			.orElseThrow(() -> new NotFoundException("Document", documentId));
		return new DocumentDownload(document.getFileName(), document.getMediaType(), content.getContent());
	}

	/** A document, for an editor about to remove it. */
	@Transactional(readOnly = true)
	public ConventionDocument forRemoval(long conventionId, long documentId, PasserelleUser user) {
		this.service.editable(conventionId, user);
		return documentOf(conventionId, documentId);
	}

	public void remove(long conventionId, long documentId, PasserelleUser user) {
		this.service.editable(conventionId, user);
		ConventionDocument document = documentOf(conventionId, documentId);
		this.contents.deleteById(documentId);
		this.documents.delete(document);
		this.events.publishEvent(new ConventionChanged(conventionId, HistoryKind.DOCUMENT_REMOVED, user.getEmail(),
				document.getFileName()));
	}

	private ConventionDocument documentOf(long conventionId, long documentId) {
		return this.documents.findById(documentId)
			.filter((document) -> document.getConventionId() == conventionId)
			.orElseThrow(() -> new NotFoundException("Document", documentId));
	}

	/**
	 * The type of a file judged from its bytes. The name only narrows a type the content
	 * already shows (an Office Open XML package into a document or a workbook); it never
	 * makes a file what it is not.
	 */
	String sniff(byte[] content, String fileName) {
		String byContent = this.tika.detect(content);
		if ("application/x-tika-ooxml".equals(byContent) || "application/zip".equals(byContent)) {
			String byName = this.tika.detect(content, fileName);
			if (byName.startsWith("application/vnd.openxmlformats-officedocument.")) {
				return byName;
			}
		}
		return byContent;
	}

	/**
	 * The file's base name, without path or control characters, with its real extension.
	 */
	static String cleanName(String fileName, String type) {
		String base = fileName.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		String extension = EXTENSIONS.getOrDefault(type, "");
		if (base.isEmpty()) {
			base = "document" + extension;
		}
		else if (!base.toLowerCase(java.util.Locale.ROOT).endsWith(extension)
				&& !(extension.equals(".jpg") && base.toLowerCase(java.util.Locale.ROOT).endsWith(".jpeg"))) {
			base = base + extension;
		}
		return (base.length() > 255) ? base.substring(base.length() - 255) : base;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
