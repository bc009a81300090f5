package org.passerelle.organisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows written through PostgreSQL's {@code COPY ... FROM STDIN} in its text format, on
 * the connection of the current transaction: the rows are sent as they are made, and the
 * database writes them while the next are being made. Many times less work for both sides
 * than the same rows as a batch of inserts with their parameters.
 */
final class CopyRows {

	/** How much text is sent to the database at a time. */
	private static final int SENT_AT = 64 * 1024;

	private final StringBuilder text = new StringBuilder(SENT_AT + 4096);

	private final CopyIn copy;

	private boolean rowStarted;

	private CopyRows(CopyIn copy) {
		this.copy = copy;
	}

	/**
	 * Copies rows into a table.
	 * @param jdbc the template of the current transaction
	 * @param table the table and its columns, as {@code COPY} names them:
	 * {@code organisation_tag (organisation_id, tag)}
	 * @param rows the rows, each with a value for each column in their order
	 * ({@code null} for SQL null; other values as their {@code toString()})
	 * @return the rows written
	 */
	static long copy(JdbcTemplate jdbc, String table, List<? extends List<? extends @Nullable Object>> rows) {
		Long written = jdbc.execute((ConnectionCallback<Long>) (connection) -> {
			CopyIn copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy " + table + " from stdin (format text)");
			try {
				CopyRows writer = new CopyRows(copy);
				for (List<? extends @Nullable Object> row : rows) {
					for (Object value : row) {
						writer.value(value);
					}
					writer.endRow();
				}
				writer.send();
				return copy.endCopy();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		});
		return (written != null) ? written : 0;
	}

	private void value(@Nullable Object value) {
		if (this.rowStarted) {
			this.text.append('\t');
		}
		this.rowStarted = true;
		if (value == null) {
			this.text.append("\\N");
			return;
		}
		String string = value.toString();
		for (int i = 0; i < string.length(); i++) {
			char c = string.charAt(i);
			switch (c) {
				case '\\' -> this.text.append("\\\\");
				case '\t' -> this.text.append("\\t");
				case '\n' -> this.text.append("\\n");
				case '\r' -> this.text.append("\\r");
				default -> this.text.append(c);
			}
		}
	}

	private void endRow() throws SQLException {
		this.text.append('\n');
		this.rowStarted = false;
		if (this.text.length() >= SENT_AT) {
			send();
		}
	}

	private void send() throws SQLException {
		if (!this.text.isEmpty()) {
			byte[] bytes = this.text.toString().getBytes(StandardCharsets.UTF_8);
			this.copy.writeToCopy(bytes, 0, bytes.length);
			this.text.setLength(0);
		}
	}

}
