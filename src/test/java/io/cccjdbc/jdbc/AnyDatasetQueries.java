package io.cccjdbc.jdbc;

import static io.cccjdbc.jdbc.ComparedQuery.labelled;
import static io.cccjdbc.jdbc.ComparedQuery.ordered;
import static io.cccjdbc.jdbc.ComparedQuery.prepared;
import static io.cccjdbc.jdbc.ComparedQuery.rows;

import java.math.BigDecimal;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Queries that name no instance, so every dataset can be compared with them. A computed
 * column has an alias, or the query says the label the driver gives it, because H2 labels an
 * unaliased expression by its text and the driver as PostgreSQL does.
 */
final class AnyDatasetQueries {

  private AnyDatasetQueries() {
  }

  static Stream<ComparedQuery> all() {
    return Stream.of(
        // Each table alone, and projections.
        rows("SELECT * FROM instances"),
        rows("SELECT * FROM admins"),
        rows("SELECT * FROM numbers"),
        rows("SELECT * FROM number_skill_groups"),
        rows("SELECT status, name, instance_id FROM instances"),
        rows("SELECT number, instance_id, city FROM numbers"),

        // WHERE on each column type, and NULLs.
        rows("SELECT instance_id, number FROM numbers WHERE usage = 'Inbound'"),
        rows("SELECT instance_id, number, active FROM numbers WHERE active"),
        rows("SELECT instance_id, number, active FROM numbers WHERE NOT active"),
        rows("SELECT instance_id, number FROM numbers WHERE active IS NULL"),
        rows("SELECT instance_id, number, active FROM numbers WHERE active IS NOT TRUE"),
        rows("SELECT number, skill_group_id, user_count FROM number_skill_groups WHERE user_count > 5"),
        rows("SELECT number, skill_group_id FROM number_skill_groups WHERE user_count BETWEEN 2 AND 8"),
        rows("SELECT number, skill_group_id FROM number_skill_groups"
            + " WHERE phone_number_count IS NULL OR user_count IS NULL"),
        rows("SELECT instance_id, user_id FROM admins WHERE email IS NULL"),
        rows("SELECT instance_id, number FROM numbers WHERE user_id IS NOT NULL"),
        rows("SELECT user_id, COALESCE(email, mobile, '(none)') AS contact FROM admins"),
        rows("SELECT instance_id, number, NULLIF(city, '') AS city FROM numbers"),

        // LIKE, IN, !=, CJK literals.
        rows("SELECT instance_id, description FROM instances WHERE description LIKE '%客服%'"),
        rows("SELECT user_id, login_name FROM admins WHERE login_name LIKE '_i%'"),
        rows("SELECT instance_id, number, usage FROM numbers WHERE usage IN ('Inbound', 'Outbound')"),
        rows("SELECT instance_id, number, usage FROM numbers WHERE usage != 'Bidirection'"),
        rows("SELECT instance_id, number, province FROM numbers WHERE province NOT IN ('北京', '广东')"),

        // Joins.
        rows("SELECT i.instance_id, i.name AS instance_name, a.user_id, n.number, g.skill_group_id"
            + " FROM instances i"
            + " JOIN admins a ON a.instance_id = i.instance_id"
            + " JOIN numbers n ON n.instance_id = i.instance_id"
            + " JOIN number_skill_groups g ON g.instance_id = n.instance_id AND g.number = n.number"),
        rows("SELECT i.instance_id, n.number, n.active FROM instances i"
            + " LEFT JOIN numbers n ON n.instance_id = i.instance_id"),
        rows("SELECT i.instance_id, a.user_id, a.display_name FROM instances i"
            + " LEFT JOIN admins a ON a.instance_id = i.instance_id"),
        rows("SELECT n.instance_id, n.number, g.skill_group_id, g.user_count FROM numbers n"
            + " LEFT JOIN number_skill_groups g ON g.instance_id = n.instance_id AND g.number = n.number"),
        rows("SELECT n.instance_id, n.number FROM numbers n"
            + " LEFT JOIN number_skill_groups g ON g.instance_id = n.instance_id AND g.number = n.number"
            + " WHERE g.skill_group_id IS NULL"),
        rows("SELECT a.instance_id, a.number AS first_number, b.number AS second_number"
            + " FROM numbers a JOIN numbers b ON a.instance_id = b.instance_id AND a.number < b.number"),
        rows("SELECT a.number, a.instance_id AS first_instance, b.instance_id AS second_instance"
            + " FROM numbers a JOIN numbers b ON a.number = b.number AND a.instance_id < b.instance_id"),
        rows("SELECT g1.instance_id, g1.skill_group_id, g1.number AS first_number, g2.number AS second_number"
            + " FROM number_skill_groups g1 JOIN number_skill_groups g2"
            + " ON g1.instance_id = g2.instance_id AND g1.skill_group_id = g2.skill_group_id"
            + " AND g1.number < g2.number"),
        rows("SELECT n.instance_id, n.number, a.display_name FROM numbers n"
            + " JOIN admins a ON a.instance_id = n.instance_id AND a.user_id = n.user_id"),
        rows("SELECT a.user_id AS admin_id, n.instance_id, n.number FROM admins a"
            + " RIGHT JOIN numbers n ON n.instance_id = a.instance_id AND n.user_id = a.user_id"),

        // Aggregates, GROUP BY, HAVING.
        rows("SELECT COUNT(*) AS number_count, COUNT(active) AS known_active,"
            + " COUNT(DISTINCT city) AS cities, COUNT(DISTINCT instance_id) AS instance_count FROM numbers"),
        rows("SELECT SUM(user_count) AS users, MIN(user_count) AS fewest, MAX(user_count) AS most,"
            + " AVG(CAST(user_count AS DOUBLE)) AS mean FROM number_skill_groups"),
        rows("SELECT MIN(name) AS first_name, MAX(name) AS last_name, MIN(status) AS first_status"
            + " FROM instances"),
        rows("SELECT COUNT(*) AS row_count, SUM(user_count) AS users, MAX(name) AS last_name"
            + " FROM number_skill_groups WHERE 1 = 0"),
        rows("SELECT instance_id, COUNT(*) AS number_count FROM numbers GROUP BY instance_id"
            + " HAVING COUNT(*) > 1"),
        rows("SELECT province, COUNT(*) AS number_count,"
            + " SUM(CASE WHEN active THEN 1 ELSE 0 END) AS active_count FROM numbers GROUP BY province"),
        rows("SELECT active, COUNT(*) AS number_count FROM numbers GROUP BY active"),
        rows("SELECT UPPER(usage) AS kind, COUNT(*) AS number_count FROM numbers GROUP BY kind"),
        rows("SELECT i.instance_id, COUNT(a.user_id) AS admin_count FROM instances i"
            + " LEFT JOIN admins a ON a.instance_id = i.instance_id GROUP BY i.instance_id"),
        rows("SELECT instance_id, number, SUM(user_count) AS users FROM number_skill_groups"
            + " GROUP BY instance_id, number HAVING SUM(user_count) >= 5 OR SUM(user_count) IS NULL"),

        // Statistics of INTEGER columns: not truncated, sums not wrapped.
        rows("SELECT AVG(user_count) AS mean, SUM(user_count) AS total,"
            + " STDDEV_SAMP(user_count) AS sd, STDDEV_POP(user_count) AS sd_pop,"
            + " VAR_SAMP(user_count) AS variance, VAR_POP(user_count) AS variance_pop"
            + " FROM number_skill_groups"),
        rows("SELECT AVG(phone_number_count) AS mean, SUM(phone_number_count) AS total,"
            + " STDDEV_SAMP(phone_number_count) AS sd, STDDEV_POP(phone_number_count) AS sd_pop,"
            + " VAR_SAMP(phone_number_count) AS variance,"
            + " VAR_POP(phone_number_count) AS variance_pop"
            + " FROM number_skill_groups"),
        rows("SELECT instance_id, AVG(user_count) AS mean, SUM(phone_number_count) AS numbers,"
            + " STDDEV_SAMP(phone_number_count) AS sd, VAR_POP(user_count) AS variance_pop"
            + " FROM number_skill_groups GROUP BY instance_id"),
        rows("SELECT instance_id, number FROM number_skill_groups GROUP BY instance_id, number"
            + " HAVING AVG(user_count) > 3"),
        rows("SELECT number, skill_group_id, user_count FROM number_skill_groups"
            + " WHERE user_count < (SELECT AVG(user_count) FROM number_skill_groups)"),
        rows("SELECT AVG(user_count * 1.0) AS mean,"
            + " AVG(phone_number_count + user_count) AS both_mean"
            + " FROM number_skill_groups"),
        rows("SELECT instance_id, number, skill_group_id,"
            + " AVG(user_count) OVER (PARTITION BY instance_id) AS instance_mean"
            + " FROM number_skill_groups"),
        rows("SELECT SUM(user_count * phone_number_count) AS weighted,"
            + " AVG(user_count) - AVG(phone_number_count) AS difference FROM number_skill_groups"),

        // Unaliased columns, labelled as PostgreSQL labels them (H2's labels differ).
        labelled("SELECT COUNT(*), SUM(user_count), MAX(user_count), MIN(number), AVG(user_count)"
            + " FROM number_skill_groups", "count", "sum", "max", "min", "avg"),
        labelled("SELECT instance_id, COUNT(*), UPPER(MAX(city)), COALESCE(MIN(province), '')"
            + " FROM numbers GROUP BY instance_id", "instance_id", "count", "upper", "coalesce"),
        labelled("SELECT n.number, user_count + 1, CAST(user_count AS VARCHAR(10)),"
            + " CASE WHEN user_count > 2 THEN 'many' END FROM number_skill_groups n",
            "number", "?column?", "user_count", "case"),

        // JDBC escapes, as Tableau and Power BI send them.
        rows("SELECT {fn UCASE(name)} AS upper_name, {fn LCASE(status)} AS lower_status,"
            + " {fn IFNULL(description, '(none)')} AS description FROM instances"),
        rows("SELECT {fn CONCAT(instance_id, number)} AS id, {fn LEFT(number, 3)} AS area,"
            + " {fn RIGHT(number, 2)} AS tail, {fn SUBSTRING(number, 2, 3)} AS middle,"
            + " {fn LOCATE('x', number)} AS first_x, {fn CHAR_LENGTH(number)} AS digits"
            + " FROM numbers"),
        rows("SELECT user_id, {fn LTRIM(extension)} AS left_trimmed,"
            + " {fn RTRIM(extension)} AS right_trimmed FROM admins"),
        rows("SELECT number, skill_group_id, {fn MOD(user_count, 3)} AS remainder,"
            + " {fn ABS(user_count - 5)} AS distance, {fn SIGN(user_count - 5)} AS side"
            + " FROM number_skill_groups"),
        rows("SELECT i.instance_id, n.number FROM {oj instances i LEFT OUTER JOIN numbers n"
            + " ON n.instance_id = i.instance_id}"),
        rows("SELECT instance_id, number FROM numbers WHERE {fn ucase(usage)} = 'INBOUND'"),
        rows("SELECT {fn YEAR({d '2020-07-01'})} AS y, {fn MONTH({ts '2020-07-01 10:11:12'})} AS m,"
            + " COUNT(*) AS n FROM admins"),

        // LIMIT and OFFSET bound as ORMs bind them; the ORDER BY is total.
        prepared("SELECT instance_id, number, city FROM numbers ORDER BY instance_id, number"
                + " LIMIT ? OFFSET ?",
            new Object[] {2L, 1L}, new Object[] {new BigDecimal("3"), 0L},
            new Object[] {(short) 1, 4}, new Object[] {100L, 0L}),
        prepared("SELECT instance_id, user_id FROM admins ORDER BY instance_id, user_id"
                + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY",
            new Object[] {1L, 2L}, new Object[] {0L, 1L}),

        // IN and NOT IN lists long enough to be looked up in a set.
        rows("SELECT instance_id, number, city FROM numbers WHERE city IN (" + manyValues("city")
            + ", '杭州', '成都', '')"),
        rows("SELECT instance_id, number, city FROM numbers WHERE city NOT IN ("
            + manyValues("city") + ", '杭州')"),
        rows("SELECT number, skill_group_id FROM number_skill_groups WHERE user_count IN ("
            + String.join(", ", IntStream.range(100, 130)
                .mapToObj(Integer::toString).toList()) + ", 2, 5)"),

        // DISTINCT.
        rows("SELECT DISTINCT province FROM numbers"),
        rows("SELECT DISTINCT status, aliyun_uid FROM instances"),
        rows("SELECT DISTINCT name, display_name FROM number_skill_groups"),

        // Set operations.
        rows("SELECT instance_id FROM admins UNION SELECT instance_id FROM numbers"),
        rows("SELECT 'administrator' AS kind, user_id FROM admins"
            + " UNION ALL SELECT 'agent', user_id FROM numbers WHERE user_id IS NOT NULL"),
        rows("SELECT instance_id FROM admins INTERSECT SELECT instance_id FROM numbers"),
        rows("SELECT instance_id FROM instances EXCEPT SELECT instance_id FROM numbers"),

        // Subqueries.
        rows("SELECT instance_id, name FROM instances"
            + " WHERE instance_id IN (SELECT instance_id FROM numbers WHERE active)"),
        rows("SELECT i.instance_id FROM instances i WHERE EXISTS"
            + " (SELECT 1 FROM admins a WHERE a.instance_id = i.instance_id AND a.email IS NOT NULL)"),
        rows("SELECT n.instance_id, n.number FROM numbers n WHERE NOT EXISTS"
            + " (SELECT 1 FROM number_skill_groups g"
            + " WHERE g.instance_id = n.instance_id AND g.number = n.number)"),
        rows("SELECT instance_id, user_id FROM admins WHERE user_id NOT IN (SELECT user_id FROM numbers)"),
        rows("SELECT instance_id, user_id FROM admins"
            + " WHERE user_id NOT IN (SELECT user_id FROM numbers WHERE user_id IS NOT NULL)"),
        rows("SELECT i.instance_id, (SELECT COUNT(*) FROM numbers n WHERE n.instance_id = i.instance_id)"
            + " AS number_count FROM instances i"),
        rows("SELECT t.province, t.number_count FROM"
            + " (SELECT province, COUNT(*) AS number_count FROM numbers GROUP BY province) t"
            + " WHERE t.number_count >= 2"),

        // CASE, string functions, arithmetic, casts.
        rows("SELECT instance_id, number, CASE WHEN active THEN 'up' ELSE 'down' END AS state FROM numbers"),
        rows("SELECT instance_id, number,"
            + " CASE usage WHEN 'Inbound' THEN 'in' WHEN 'Outbound' THEN 'out' END AS direction FROM numbers"),
        rows("SELECT user_id, UPPER(login_name) AS upper_login, LOWER(display_name) AS lower_name,"
            + " CHAR_LENGTH(display_name) AS name_length FROM admins"),
        rows("SELECT instance_id, number, SUBSTRING(number FROM 1 FOR 4) AS prefix,"
            + " city || '/' || province AS place FROM numbers"),
        rows("SELECT instance_id, user_id, TRIM(extension) AS extension FROM admins"),
        rows("SELECT number, skill_group_id, user_count * 2 + phone_number_count AS weight,"
            + " user_count / 2 AS half, MOD(user_count, 3) AS remainder FROM number_skill_groups"),
        rows("SELECT number, skill_group_id, CAST(user_count AS VARCHAR(10)) || '/'"
            + " || CAST(phone_number_count AS VARCHAR(10)) AS ratio FROM number_skill_groups"),

        // ORDER BY, made total with the keys, with LIMIT and OFFSET.
        ordered("SELECT instance_id, number, city FROM numbers ORDER BY city, instance_id, number"),
        ordered("SELECT instance_id, number, city FROM numbers ORDER BY city DESC, instance_id, number"),
        ordered("SELECT instance_id, number FROM numbers ORDER BY instance_id, number LIMIT 3 OFFSET 2"),
        ordered("SELECT instance_id, number, skill_group_id, user_count FROM number_skill_groups"
            + " ORDER BY user_count DESC NULLS LAST, instance_id, number, skill_group_id LIMIT 4"),
        ordered("SELECT name, instance_id FROM instances ORDER BY name, instance_id"),
        ordered("SELECT instance_id, user_id, display_name FROM admins"
            + " ORDER BY display_name DESC, instance_id, user_id OFFSET 1 ROWS"),

        // Window functions.
        rows("SELECT instance_id, number,"
            + " ROW_NUMBER() OVER (PARTITION BY instance_id ORDER BY number) AS row_no FROM numbers"),
        rows("SELECT instance_id, number, skill_group_id,"
            + " RANK() OVER (ORDER BY user_count DESC) AS user_rank FROM number_skill_groups"),
        rows("SELECT instance_id, number,"
            + " COUNT(*) OVER (PARTITION BY instance_id) AS numbers_in_instance FROM numbers"),
        rows("SELECT instance_id, number, skill_group_id,"
            + " SUM(user_count) OVER (PARTITION BY instance_id, number) AS users_on_number"
            + " FROM number_skill_groups"),

        // instance_id chosen by a subquery rather than literals.
        rows("SELECT instance_id, number FROM numbers"
            + " WHERE instance_id IN (SELECT instance_id FROM instances WHERE status = 'RUNNING')"),

        // A recursive query, and the tables it reads.
        rows("WITH RECURSIVE depth(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM depth WHERE n < 4)"
            + " SELECT d.n, COUNT(i.instance_id) AS instance_count FROM depth d"
            + " LEFT JOIN instances i ON d.n <= 2 GROUP BY d.n"));
  }

  /** Thirty values no column holds, for lists long enough to be looked up in a set. */
  private static String manyValues(String prefix) {
    return String.join(", ", IntStream.range(0, 30).mapToObj(i -> "'" + prefix + "-" + i + "'")
        .toList());
  }
}
