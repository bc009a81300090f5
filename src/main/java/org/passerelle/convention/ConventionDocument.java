package org.passerelle.convention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.passerelle.shared.AuditedEntity;

/**
 * A file attached to a convention: the signed convention or an annex. Its content is
 * stored apart ({@link DocumentContent}) and read only when downloaded.
 */
@Entity
@Table(name = "convention_document")
public class ConventionDocument extends AuditedEntity {

	@Column(nullable = false)
	private long conventionId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 10)
	private DocumentKind kind;

	@Column(nullable = false, length = 255)
	private String fileName;

	@Column(nullable = false, length = 100)
	private String mediaType;

	@Column(nullable = false)
	private long sizeBytes;

	@Column(nullable = false, length = 64)
	private String sha256;

	protected ConventionDocument() {
		this.kind = DocumentKind.ANNEX;
		this.fileName = "";
		this.mediaType = "";
		this.sha256 = "";
	}

	ConventionDocument(long conventionId, DocumentKind kind, String fileName, String mediaType, long sizeBytes,
			String sha256) {
		this.conventionId = conventionId;
		this.kind = kind;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
	}

	public long getConventionId() {
		return this.conventionId;
	}

	public DocumentKind getKind() {
		return this.kind;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getMediaType() {
		return this.mediaType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getSha256() {
		return this.sha256;
	}

}
