-- ccc-jdbc SQL cookbook: useful queries over the four tables (docs/tables.md).
--
-- Run them all on the demo with the shell:
--   java -jar target/ccc-jdbc-<version>-all.jar -f examples/cookbook.sql
-- They run unchanged on your own instances; replace the demo's instance ids where one is named.
--
-- What a query costs depends on its instance_id condition:
--   * instance_id = '...', IN (...), OR of those, or ? parameters, also on a joined table:
--     one GetInstance call per instance id;
--   * none: the instances named by the instanceIds property, or else every instance that
--     ListInstances returns (one call per 100 instances). instances and admins need nothing
--     more; numbers and number_skill_groups need one GetInstance call per instance.
-- "API calls: N" below is what the statement costs with the cache off (cacheTtl=0); the test
-- suite runs every statement on the demo and checks those counts.


-- Instances and their status.
-- API calls: 1 (ListInstances)
SELECT instance_id, name, status, domain_name
FROM instances
ORDER BY instance_id;

-- Instances that are not running.
-- API calls: 1 (ListInstances)
SELECT instance_id, name, status
FROM instances
WHERE status <> 'RUNNING'
ORDER BY instance_id;

-- Administrators per instance.
-- API calls: 1 (ListInstances)
SELECT instance_id,
       count(*) AS admins,
       STRING_AGG(display_name, ', ' ORDER BY display_name) AS names
FROM admins
GROUP BY instance_id
ORDER BY instance_id;

-- Administrators without an email address or a mobile number.
-- API calls: 1 (ListInstances)
SELECT instance_id, user_id, display_name, email, mobile
FROM admins
WHERE COALESCE(email, '') = '' OR COALESCE(mobile, '') = ''
ORDER BY instance_id, user_id;

-- Phone numbers per province and city, and how many of them are active.
-- A number without a province has NULL or an empty string there; both show as '(unknown)'.
SELECT COALESCE(NULLIF(province, ''), '(unknown)') AS province,
       COALESCE(NULLIF(city, ''), '(unknown)') AS city,
       count(*) AS numbers,
       count(*) FILTER (WHERE active) AS active_numbers
FROM numbers
GROUP BY 1, 2
ORDER BY numbers DESC, province, city;

-- Inactive numbers, with the name of their instance.
-- IS NOT TRUE also lists numbers whose status the API left out (active is NULL).
SELECT n.instance_id, i.name AS instance_name, n.number, n.usage, n.province, n.city
FROM numbers n
JOIN instances i ON i.instance_id = n.instance_id
WHERE n.active IS NOT TRUE
ORDER BY n.instance_id, n.number;

-- How each instance uses its numbers.
SELECT instance_id,
       count(*) AS numbers,
       count(*) FILTER (WHERE usage = 'Inbound') AS inbound,
       count(*) FILTER (WHERE usage = 'Outbound') AS outbound,
       count(*) FILTER (WHERE usage = 'Bidirection') AS bidirection
FROM numbers
GROUP BY instance_id
ORDER BY instance_id;

-- Several instances at once: only those two are fetched.
-- API calls: 2 (GetInstance ccc-test and ccc-cd-ops)
SELECT instance_id, number, active, province, city
FROM numbers
WHERE instance_id IN ('ccc-test', 'ccc-cd-ops')
ORDER BY instance_id, number;

-- One instance's numbers with their skill groups. The condition on n.instance_id also
-- narrows the joined table, so the instance is fetched once for both.
-- API calls: 1 (GetInstance ccc-hz-service)
SELECT n.number, n.active, g.skill_group_id, g.display_name AS skill_group, g.user_count
FROM numbers n
JOIN number_skill_groups g ON g.instance_id = n.instance_id AND g.number = n.number
WHERE n.instance_id = 'ccc-hz-service'
ORDER BY n.number, g.skill_group_id;

-- Skill groups per number; numbers without any are listed too (0 groups).
SELECT n.instance_id,
       n.number,
       count(g.skill_group_id) AS group_count,
       LISTAGG(g.display_name, ', ') WITHIN GROUP (ORDER BY g.display_name) AS skill_groups
FROM numbers n
LEFT JOIN number_skill_groups g ON g.instance_id = n.instance_id AND g.number = n.number
GROUP BY n.instance_id, n.number
ORDER BY group_count DESC, n.instance_id, n.number;

-- Numbers that reach no skill group.
SELECT n.instance_id, n.number, n.usage, n.active
FROM numbers n
WHERE NOT EXISTS (
  SELECT 1 FROM number_skill_groups g
  WHERE g.instance_id = n.instance_id AND g.number = n.number)
ORDER BY n.instance_id, n.number;

-- Skill groups shared by more than one number.
SELECT instance_id, skill_group_id, display_name, count(*) AS numbers
FROM number_skill_groups
GROUP BY instance_id, skill_group_id, display_name
HAVING count(*) > 1
ORDER BY numbers DESC, instance_id, skill_group_id;

-- Skill groups ranked by their number of agents within each instance (a window function).
-- A skill group appears once per number it serves, hence the DISTINCT.
SELECT instance_id, skill_group_id, display_name, user_count,
       DENSE_RANK() OVER (PARTITION BY instance_id ORDER BY user_count DESC) AS rank_in_instance
FROM (SELECT DISTINCT instance_id, skill_group_id, display_name, user_count
      FROM number_skill_groups)
ORDER BY instance_id, rank_in_instance, skill_group_id;

-- Numbers dedicated to one agent, with the agent's name when the agent is an administrator
-- (the admins table lists only administrators). user_id <> '' also leaves out NULLs.
SELECT n.instance_id, n.number, n.usage, n.user_id, a.display_name AS agent, a.role_name
FROM numbers n
LEFT JOIN admins a ON a.instance_id = n.instance_id AND a.user_id = n.user_id
WHERE n.user_id <> ''
ORDER BY n.instance_id, n.number;

-- Numbers without an IVR contact flow.
SELECT instance_id, number, usage, province, city
FROM numbers
WHERE contact_flow_id IS NULL OR contact_flow_id = ''
ORDER BY instance_id, number;

-- Instances without any phone number.
SELECT i.instance_id, i.name, i.status
FROM instances i
WHERE NOT EXISTS (SELECT 1 FROM numbers n WHERE n.instance_id = i.instance_id)
ORDER BY i.instance_id;

-- What a query would fetch, without fetching anything: each CccTableScan line shows the
-- instance ids pushed into it (none listed means every instance).
-- API calls: 0
EXPLAIN PLAN FOR
SELECT n.number, g.display_name
FROM numbers n
JOIN number_skill_groups g ON g.instance_id = n.instance_id AND g.number = n.number
WHERE n.instance_id = 'ccc-test';
