package org.passerelle.convention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The bytes of a {@link ConventionDocument}, kept in the database, away from the web
 * root.
 */
@Entity
@Table(name = "convention_document_content")
class DocumentContent {

	@Id
	private long documentId;

	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(nullable = false, length = 1_000_000_000)
	private byte[] content;

	protected DocumentContent() {
		this.content = new byte[0];
	}

	DocumentContent(long documentId, byte[] content) {
		this.documentId = documentId;
		this.content = content;
	}

	long getDocumentId() {
		return this.documentId;
	}

	byte[] getContent() {
		return this.content;
	}

}
