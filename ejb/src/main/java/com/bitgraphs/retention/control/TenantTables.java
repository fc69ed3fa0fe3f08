package com.bitgraphs.retention.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every tenant table, read from the catalog (every table of the schema with a {@code tenant_id} column), in
 * an order that deletes referencing rows before the rows they reference: a table added by a later migration
 * is purged without anyone remembering to list it.
 */
public final class TenantTables {

    private TenantTables() {
    }

    public static List<String> inDeleteOrder(Connection connection) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select c.relname from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid
                where n.nspname = current_schema() and c.relkind in ('r', 'p')
                  and a.attname = 'tenant_id' and not a.attisdropped""");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        Map<String, Set<String>> referencedBy = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select child.relname, parent.relname from pg_constraint f
                join pg_class child on child.oid = f.conrelid
                join pg_class parent on parent.oid = f.confrelid
                where f.contype = 'f' and f.connamespace = current_schema()::regnamespace""");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String child = rows.getString(1);
                String parent = rows.getString(2);
                if (!child.equals(parent) && tables.contains(child) && tables.contains(parent)) {
                    referencedBy.computeIfAbsent(parent, p -> new HashSet<>()).add(child);
                }
            }
        }
        return childrenFirst(tables, referencedBy);
    }

    /** A table comes once every table referencing it has come; a cycle would need deferred constraints. */
    static List<String> childrenFirst(Set<String> tables, Map<String, Set<String>> referencedBy) {
        Set<String> ordered = new LinkedHashSet<>();
        while (ordered.size() < tables.size()) {
            boolean progress = false;
            for (String table : tables) {
                if (!ordered.contains(table) && ordered.containsAll(referencedBy.getOrDefault(table, Set.of()))) {
                    ordered.add(table);
                    progress = true;
                }
            }
            if (!progress) {
                Set<String> left = new TreeSet<>(tables);
                left.removeAll(ordered);
                throw new IllegalStateException("Foreign keys between tenant tables form a cycle among " + left);
            }
        }
        return new ArrayList<>(ordered);
    }

    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
