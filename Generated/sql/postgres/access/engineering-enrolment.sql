-- Access of engineering-enrolment: คณะวิศวกรรมศาสตร์ (Faculty of Engineering) may read "sanya"."engineering_enrolment" and nothing else.

CREATE ROLE "sanya_engineering_enrolment" NOLOGIN;

GRANT USAGE ON SCHEMA "sanya" TO "sanya_engineering_enrolment";

GRANT SELECT ON "sanya"."engineering_enrolment" TO "sanya_engineering_enrolment";

ALTER ROLE "sanya_engineering_enrolment" SET statement_timeout = 120000;
