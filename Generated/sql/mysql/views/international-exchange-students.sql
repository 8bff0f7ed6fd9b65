-- international-exchange-students v1: Outbound exchange students' enrolment status (awaiting the director)
-- For สำนักงานวิเทศสัมพันธ์ (International Affairs Office). Status: draft.

CREATE OR REPLACE VIEW `sanya_international_exchange_students` AS
SELECT
  `t0`.`student_id` AS `student_id`,
  `t0`.`current_status` AS `current_status`,
  `t2`.`name_en` AS `faculty_en`
FROM `student` AS `t0`
LEFT JOIN `curriculum` AS `t1` ON `t0`.`curriculum_id` = `t1`.`curriculum_id`
LEFT JOIN `faculty` AS `t2` ON `t1`.`faculty_code` = `t2`.`faculty_code`;
