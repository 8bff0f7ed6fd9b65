-- masks-case v1: Every masking rule
-- For Test Unit. Status: approved, valid until 2027-05-31.

CREATE OR REPLACE VIEW `sanya_masks_case` AS
SELECT
  SUBSTR(SHA2(CONCAT((SELECT `s`.`secret` FROM `sanya_secret` AS `s` WHERE `s`.`name` = 'pseudonym'), ':masks-case:', CAST(`t0`.`student_id` AS CHAR)), 256), 1, 16) AS `pseudonym`,
  CONCAT('****', RIGHT(`t0`.`national_id`, 4)) AS `national_id_last4`,
  YEAR(`t0`.`birth_date`) AS `birth_year`,
  CONCAT(SUBSTR(`t0`.`first_name_en`, 1, 1), '.') AS `initial`,
  `t0`.`gender` AS `gender`
FROM `student` AS `t0`
WHERE `t0`.`admission_term_id` = 25671;

-- The runtime's query (binds: $pseudonym_key)
SELECT SUBSTR(SHA2(CONCAT(?, ':masks-case:', CAST(`t0`.`student_id` AS CHAR)), 256), 1, 16) AS `pseudonym`, CONCAT('****', RIGHT(`t0`.`national_id`, 4)) AS `national_id_last4`, YEAR(`t0`.`birth_date`) AS `birth_year`, CONCAT(SUBSTR(`t0`.`first_name_en`, 1, 1), '.') AS `initial`, `t0`.`gender` AS `gender` FROM `student` AS `t0` WHERE `t0`.`admission_term_id` = 25671 ORDER BY `gender` DESC, `t0`.`student_id`;

-- One page (binds: $pseudonym_key, $limit, $offset)
SELECT SUBSTR(SHA2(CONCAT(?, ':masks-case:', CAST(`t0`.`student_id` AS CHAR)), 256), 1, 16) AS `pseudonym`, CONCAT('****', RIGHT(`t0`.`national_id`, 4)) AS `national_id_last4`, YEAR(`t0`.`birth_date`) AS `birth_year`, CONCAT(SUBSTR(`t0`.`first_name_en`, 1, 1), '.') AS `initial`, `t0`.`gender` AS `gender` FROM `student` AS `t0` WHERE `t0`.`admission_term_id` = 25671 ORDER BY `gender` DESC, `t0`.`student_id` LIMIT ? OFFSET ?;
