-- child-figures-case v1: Per student, figures of their enrolments (a count, a sum and a maximum), 0 or empty when there are none
-- For Test Unit. Status: approved, valid until 2027-05-31.

CREATE OR REPLACE VIEW ``sanya_child_figures_case`` AS
SELECT
  ``t0``.``student_id`` AS ``student_id``,
  (SELECT COUNT(*) FROM ``enrollment`` AS ``f2`` WHERE ``f2``.``student_id`` = ``t0``.``student_id`` AND ``f2``.``term_id`` = 25671) AS ``courses_2567_1``,
  (SELECT SUM(``f3``.``credits``) FROM ``enrollment`` AS ``f3`` WHERE ``f3``.``student_id`` = ``t0``.``student_id`` AND ``f3``.``enroll_status`` = 'REGISTERED') AS ``registered_credits``,
  (SELECT MAX(``f4``.``grade_point``) FROM ``enrollment`` AS ``f4`` WHERE ``f4``.``student_id`` = ``t0``.``student_id``) AS ``best_point``
FROM ``student`` AS ``t0``
WHERE NOT EXISTS (SELECT 1 FROM ``graduation`` AS ``c1`` WHERE ``c1``.``student_id`` = ``t0``.``student_id``);

-- The runtime's query (binds: )
SELECT ``t0``.``student_id`` AS ``student_id``, (SELECT COUNT(*) FROM ``enrollment`` AS ``f2`` WHERE ``f2``.``student_id`` = ``t0``.``student_id`` AND ``f2``.``term_id`` = 25671) AS ``courses_2567_1``, (SELECT SUM(``f3``.``credits``) FROM ``enrollment`` AS ``f3`` WHERE ``f3``.``student_id`` = ``t0``.``student_id`` AND ``f3``.``enroll_status`` = 'REGISTERED') AS ``registered_credits``, (SELECT MAX(``f4``.``grade_point``) FROM ``enrollment`` AS ``f4`` WHERE ``f4``.``student_id`` = ``t0``.``student_id``) AS ``best_point`` FROM ``student`` AS ``t0`` WHERE NOT EXISTS (SELECT 1 FROM ``graduation`` AS ``c1`` WHERE ``c1``.``student_id`` = ``t0``.``student_id``) ORDER BY ``student_id``;

-- One page (binds: $limit, $offset)
SELECT ``t0``.``student_id`` AS ``student_id``, (SELECT COUNT(*) FROM ``enrollment`` AS ``f2`` WHERE ``f2``.``student_id`` = ``t0``.``student_id`` AND ``f2``.``term_id`` = 25671) AS ``courses_2567_1``, (SELECT SUM(``f3``.``credits``) FROM ``enrollment`` AS ``f3`` WHERE ``f3``.``student_id`` = ``t0``.``student_id`` AND ``f3``.``enroll_status`` = 'REGISTERED') AS ``registered_credits``, (SELECT MAX(``f4``.``grade_point``) FROM ``enrollment`` AS ``f4`` WHERE ``f4``.``student_id`` = ``t0``.``student_id``) AS ``best_point`` FROM ``student`` AS ``t0`` WHERE NOT EXISTS (SELECT 1 FROM ``graduation`` AS ``c1`` WHERE ``c1``.``student_id`` = ``t0``.``student_id``) ORDER BY ``student_id`` LIMIT &1 OFFSET &2;
