-- The peer of fpkit's pipeline: the numerators and denominators of INDICATORS.md's
-- whole catalogue, by village, township and county, computed by DuckDB straight from the
-- register's CSV files (FORMAT.md, canonical English headers, ISO dates).
-- ${folder} is the register folder; ${start} and ${end} the period's first and last day
-- (the reference date is ${end}). Statements end with a semicolon at the end of a line;
-- the last statement is the query whose rows are the result: one row per area code.
-- Every column is typed, so that DuckDB parses and checks every cell as fpkit does
-- (a bad cell fails the query), and no sniffing is done.

CREATE OR REPLACE TEMP MACRO completed_years(bd, d) AS
    year(d) - year(bd) - CASE WHEN month(d) < month(bd) OR (month(d) = month(bd) AND day(d) < day(bd)) THEN 1 ELSE 0 END;

-- The first day of age y: the birthday, or 1 March for a 29 February birth in a common year.
CREATE OR REPLACE TEMP MACRO turning(bd, y) AS
    CASE WHEN month(bd) = 2 AND day(bd) = 29
              AND NOT (((year(bd) + y) % 4 = 0 AND (year(bd) + y) % 100 <> 0) OR (year(bd) + y) % 400 = 0)
         THEN make_date(CAST(year(bd) + y AS BIGINT), 3, 1)
         ELSE make_date(CAST(year(bd) + y AS BIGINT), month(bd), day(bd)) END;

-- Days of the period on which the age in completed years is within [lo, hi].
CREATE OR REPLACE TEMP MACRO days_aged(bd, lo, hi) AS
    greatest(0, least(DATE '${end}', turning(bd, hi + 1) - 1) - greatest(DATE '${start}', turning(bd, lo)) + 1);

WITH
w AS (
    SELECT id, area_code AS area, birth_date AS bd, marital_status IN ('married', 'remarried') AS married,
           household_id AS hh
    FROM read_csv('${folder}/women.csv', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
        columns = {'id': 'VARCHAR', 'resident_id': 'VARCHAR', 'area_code': 'BIGINT', 'household_id': 'VARCHAR',
                   'birth_date': 'DATE', 'marital_status': 'VARCHAR', 'marriage_date': 'DATE', 'residence': 'VARCHAR'})
),
b AS (
    SELECT mother_id, birth_date, sex, birth_order, policy
    FROM read_csv('${folder}/births.csv', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
        columns = {'id': 'VARCHAR', 'mother_id': 'VARCHAR', 'birth_date': 'DATE', 'sex': 'VARCHAR',
                   'birth_order': 'INTEGER', 'policy': 'VARCHAR', 'outcome': 'VARCHAR', 'death_date': 'DATE'})
    WHERE outcome = 'live' AND birth_date <= DATE '${end}'
),
-- Live births up to the reference date, per mother: parity and household children.
per_mother AS (
    SELECT mother_id, count(*) AS born, count(*) FILTER (WHERE sex = 'male') AS sons FROM b GROUP BY mother_id
),
births_in_p AS (
    SELECT area,
        count(*) AS live_births,
        count(*) FILTER (WHERE sex = 'male') AS male_births,
        count(*) FILTER (WHERE sex = 'female') AS female_births,
        count(*) FILTER (WHERE policy = 'in') AS policy_in_births,
        count(*) FILTER (WHERE birth_order = 1) AS births_order_1,
        count(*) FILTER (WHERE birth_order = 2) AS births_order_2,
        count(*) FILTER (WHERE birth_order >= 3) AS births_order_3p,
        count(*) FILTER (WHERE age BETWEEN 15 AND 19) AS births_15_19,
        count(*) FILTER (WHERE age BETWEEN 20 AND 24) AS births_20_24,
        count(*) FILTER (WHERE age BETWEEN 25 AND 29) AS births_25_29,
        count(*) FILTER (WHERE age BETWEEN 30 AND 34) AS births_30_34,
        count(*) FILTER (WHERE age BETWEEN 35 AND 39) AS births_35_39,
        count(*) FILTER (WHERE age BETWEEN 40 AND 44) AS births_40_44,
        count(*) FILTER (WHERE age BETWEEN 45 AND 49) AS births_45_49,
        count(*) FILTER (WHERE age BETWEEN 15 AND 49) AS births_15_49
    FROM (SELECT w.area, b.*, completed_years(w.bd, b.birth_date) AS age
          FROM b JOIN w ON w.id = b.mother_id
          WHERE b.birth_date >= DATE '${start}')
    GROUP BY area
),
-- The method in use on the reference date, by precedence (0 = female sterilisation … 8 = traditional).
method_in_use AS (
    SELECT woman_id, min(CASE method
            WHEN 'female_sterilization' THEN 0 WHEN 'male_sterilization' THEN 1 WHEN 'iud' THEN 2
            WHEN 'implant' THEN 3 WHEN 'injectable' THEN 4 WHEN 'oral_pill' THEN 5 WHEN 'condom' THEN 6
            WHEN 'other_modern' THEN 7 ELSE 8 END) AS best
    FROM read_csv('${folder}/contraception.csv', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
        columns = {'woman_id': 'VARCHAR', 'method': 'VARCHAR', 'start_date': 'DATE', 'end_date': 'DATE'})
    WHERE start_date <= DATE '${end}' AND (end_date IS NULL OR end_date >= DATE '${end}')
    GROUP BY woman_id
),
checked AS (
    SELECT DISTINCT woman_id
    FROM read_csv('${folder}/health_checks.csv', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
        columns = {'woman_id': 'VARCHAR', 'date': 'DATE', 'kind': 'VARCHAR'})
    WHERE kind IN ('iud_check', 'pregnancy_check', 'disease_check') AND date BETWEEN DATE '${start}' AND DATE '${end}'
),
women_counts AS (
    SELECT area,
        count(*) FILTER (WHERE wra) AS wra,
        count(*) FILTER (WHERE mwra) AS married_wra,
        count(*) FILTER (WHERE mwra AND born = 0) AS parity_0,
        count(*) FILTER (WHERE mwra AND born = 1) AS parity_1,
        count(*) FILTER (WHERE mwra AND born = 2) AS parity_2,
        count(*) FILTER (WHERE mwra AND born >= 3) AS parity_3p,
        count(*) FILTER (WHERE mwra AND best = 0) AS users_female_sterilization,
        count(*) FILTER (WHERE mwra AND best = 1) AS users_male_sterilization,
        count(*) FILTER (WHERE mwra AND best = 2) AS users_iud,
        count(*) FILTER (WHERE mwra AND best = 3) AS users_implant,
        count(*) FILTER (WHERE mwra AND best = 4) AS users_injectable,
        count(*) FILTER (WHERE mwra AND best = 5) AS users_oral_pill,
        count(*) FILTER (WHERE mwra AND best = 6) AS users_condom,
        count(*) FILTER (WHERE mwra AND best = 7) AS users_other_modern,
        count(*) FILTER (WHERE mwra AND best = 8) AS users_traditional,
        count(*) FILTER (WHERE mwra AND is_checked) AS checked_married_wra,
        sum(days_aged(bd, 15, 19)) AS days_15_19,
        sum(days_aged(bd, 20, 24)) AS days_20_24,
        sum(days_aged(bd, 25, 29)) AS days_25_29,
        sum(days_aged(bd, 30, 34)) AS days_30_34,
        sum(days_aged(bd, 35, 39)) AS days_35_39,
        sum(days_aged(bd, 40, 44)) AS days_40_44,
        sum(days_aged(bd, 45, 49)) AS days_45_49
    FROM (SELECT w.area, w.bd, coalesce(pm.born, 0) AS born, mu.best, c.woman_id IS NOT NULL AS is_checked,
                 completed_years(w.bd, DATE '${end}') BETWEEN 15 AND 49 AS wra,
                 completed_years(w.bd, DATE '${end}') BETWEEN 15 AND 49 AND w.married AS mwra
          FROM w
          LEFT JOIN per_mother pm ON pm.mother_id = w.id
          LEFT JOIN method_in_use mu ON mu.woman_id = w.id
          LEFT JOIN checked c ON c.woman_id = w.id)
    GROUP BY area
),
deaths AS (
    SELECT area_code AS area, count(*) AS deaths
    FROM read_csv('${folder}/deaths.csv', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
        columns = {'id': 'VARCHAR', 'area_code': 'BIGINT', 'death_date': 'DATE', 'sex': 'VARCHAR', 'birth_date': 'DATE'})
    WHERE death_date BETWEEN DATE '${start}' AND DATE '${end}'
    GROUP BY area
),
procedures AS (
    SELECT w.area,
        count(*) FILTER (WHERE type = 'iud_insertion') AS proc_iud_insertion,
        count(*) FILTER (WHERE type = 'iud_removal') AS proc_iud_removal,
        count(*) FILTER (WHERE type = 'female_sterilization') AS proc_female_sterilization,
        count(*) FILTER (WHERE type = 'male_sterilization') AS proc_male_sterilization,
        count(*) FILTER (WHERE type = 'induced_abortion') AS proc_induced_abortion,
        count(*) FILTER (WHERE type = 'mid_term_induction') AS proc_mid_term_induction,
        count(*) FILTER (WHERE type = 'implant_insertion') AS proc_implant_insertion,
        count(*) FILTER (WHERE type = 'implant_removal') AS proc_implant_removal
    FROM read_csv('${folder}/procedures.csv', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
        columns = {'woman_id': 'VARCHAR', 'type': 'VARCHAR', 'date': 'DATE'}) p
    JOIN w ON w.id = p.woman_id
    WHERE p.date BETWEEN DATE '${start}' AND DATE '${end}'
    GROUP BY w.area
),
pregnancies AS (
    SELECT w.area,
        count(*) FILTER (WHERE start_date <= DATE '${end}' AND (outcome = 'ongoing' OR outcome_date > DATE '${end}')) AS current_pregnancies,
        count(*) FILTER (WHERE start_date BETWEEN DATE '${start}' AND DATE '${end}' AND planned IS NOT NULL) AS pregnancies_planned_known,
        count(*) FILTER (WHERE start_date BETWEEN DATE '${start}' AND DATE '${end}' AND NOT planned) AS pregnancies_unplanned,
        count(*) FILTER (WHERE outcome = 'live_birth' AND outcome_date BETWEEN DATE '${start}' AND DATE '${end}') AS outcome_live_birth,
        count(*) FILTER (WHERE outcome = 'stillbirth' AND outcome_date BETWEEN DATE '${start}' AND DATE '${end}') AS outcome_stillbirth,
        count(*) FILTER (WHERE outcome = 'induced_abortion' AND outcome_date BETWEEN DATE '${start}' AND DATE '${end}') AS outcome_induced_abortion,
        count(*) FILTER (WHERE outcome = 'mid_term_induction' AND outcome_date BETWEEN DATE '${start}' AND DATE '${end}') AS outcome_mid_term_induction,
        count(*) FILTER (WHERE outcome = 'miscarriage' AND outcome_date BETWEEN DATE '${start}' AND DATE '${end}') AS outcome_miscarriage
    FROM read_csv('${folder}/pregnancies.csv', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
        columns = {'id': 'VARCHAR', 'woman_id': 'VARCHAR', 'start_date': 'DATE', 'planned': 'BOOLEAN',
                   'outcome': 'VARCHAR', 'outcome_date': 'DATE'}) p
    JOIN w ON w.id = p.woman_id
    GROUP BY w.area
),
-- A household's children are the live births (up to the reference date) of its women.
household_children AS (
    SELECT w.hh, sum(coalesce(pm.born, 0)) AS children, sum(coalesce(pm.sons, 0)) AS sons
    FROM w LEFT JOIN per_mother pm ON pm.mother_id = w.id
    WHERE w.hh IS NOT NULL
    GROUP BY w.hh
),
households AS (
    SELECT h.area,
        count(*) FILTER (WHERE children = 1) AS one_child_households,
        count(*) FILTER (WHERE children = 1 AND sons = 1) AS only_son_households,
        count(*) FILTER (WHERE children = 2 AND sons = 0) AS two_daughter_households
    FROM (SELECT id, min(area_code) AS area
          FROM read_csv('${folder}/households.csv', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
              columns = {'id': 'VARCHAR', 'area_code': 'BIGINT', 'rural': 'BOOLEAN', 'father_birth_date': 'DATE',
                         'one_child_certificate_date': 'DATE'})
          GROUP BY id) h
    JOIN household_children hc ON hc.hh = h.id
    GROUP BY h.area
),
population AS (
    SELECT area_code AS area, sum(coalesce(average_population, (start_population + end_population) / 2.0)) AS average_population
    FROM read_csv('${folder}/population.csv', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
        columns = {'area_code': 'BIGINT', 'period': 'VARCHAR', 'start_population': 'BIGINT', 'end_population': 'BIGINT',
                   'average_population': 'DOUBLE'})
    WHERE upper(period) IN ('${period}', '${start}/${end}')
    GROUP BY area
),
village AS (
    SELECT area, sum(COLUMNS(* EXCLUDE (area)))
    FROM (SELECT * FROM births_in_p
          UNION ALL BY NAME SELECT * FROM women_counts
          UNION ALL BY NAME SELECT * FROM deaths
          UNION ALL BY NAME SELECT * FROM procedures
          UNION ALL BY NAME SELECT * FROM pregnancies
          UNION ALL BY NAME SELECT * FROM households
          UNION ALL BY NAME SELECT * FROM population)
    GROUP BY area
)
-- Roll-up: every area counts in itself, its township and its county.
SELECT code, sum(COLUMNS(* EXCLUDE (area, code)))
FROM (SELECT *, unnest(list_distinct([area, area // 1000 * 1000, area // 1000000 * 1000000])) AS code FROM village)
GROUP BY code
ORDER BY code;
