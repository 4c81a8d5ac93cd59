package org.baclofen.reference.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After each start's migrations, on the embedded H2 only: every identity column's
 * sequence continues above the highest id its table holds. H2 can come back from a
 * {@code kill -9} (or a power cut) with a sequence below ids already committed (seen with
 * two identity tables written in one transaction: an approval writes its audit revision
 * and the audit rows), so the next approvals failed with a duplicate key. PostgreSQL logs
 * its sequences with the data and needs nothing.
 */
@Component
class EmbeddedIdentities implements Callback {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedIdentities.class);

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			realign(context.getConnection());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Identity sequences could not be checked after migration", ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "embedded-identities";
	}

	/**
	 * @return how many sequences were behind their table and moved up
	 */
	static int realign(Connection connection) throws SQLException {
		if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
			return 0;
		}
		int moved = 0;
		try (Statement statement = connection.createStatement()) {
			for (IdentityColumn column : identityColumns(statement)) {
				long next = nextFree(statement, column);
				if (next > column.nextValue()) {
					statement.execute("alter table " + column.table() + " alter column " + column.column()
							+ " restart with " + next);
					log.warn("Identity sequence of {}.{} was at {}, below ids already stored: continues at {}",
							column.table(), column.column(), column.nextValue(), next);
					moved++;
				}
			}
		}
		return moved;
	}

	private record IdentityColumn(String table, String column, long nextValue) {
	}

	private static List<IdentityColumn> identityColumns(Statement statement) throws SQLException {
		List<IdentityColumn> columns = new ArrayList<>();
		try (ResultSet rows = statement.executeQuery("""
				select table_schema, table_name, column_name, identity_base
				from information_schema.columns
				where is_identity = 'YES' and table_schema = current_schema""")) {
			while (rows.next()) {
				columns.add(new IdentityColumn(quoted(rows.getString(1)) + "." + quoted(rows.getString(2)),
						quoted(rows.getString(3)), rows.getLong(4)));
			}
		}
		return columns;
	}

	private static long nextFree(Statement statement, IdentityColumn column) throws SQLException {
		try (ResultSet max = statement
			.executeQuery("select coalesce(max(" + column.column() + "), 0) + 1 from " + column.table())) {
			max.next();
			return max.getLong(1);
		}
	}

	private static String quoted(String name) {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}

}
