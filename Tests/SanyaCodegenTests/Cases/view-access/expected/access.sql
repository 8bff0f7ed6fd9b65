-- Access of view-case: Test Unit may read "sanya"."view_case" and nothing else.

CREATE ROLE "sanya_view_case" NOLOGIN;

GRANT USAGE ON SCHEMA "sanya" TO "sanya_view_case";

GRANT SELECT ON "sanya"."view_case" TO "sanya_view_case";

ALTER ROLE "sanya_view_case" SET statement_timeout = 600000;
