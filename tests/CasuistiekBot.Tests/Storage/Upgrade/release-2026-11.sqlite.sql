-- A SQLite database of the November 2026 release (hand-written migrations up to 20261125120000_AddSignalFollowUp)
-- holding ReleaseRows: written by that release's own migrator and DbContext, then saved with `sqlite3 <file> .dump`.
-- The history rows carry the EF version the release shipped with.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
    "Timestamp" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
INSERT INTO __EFMigrationsHistory VALUES('20261102090000_Initial','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261102090100_AddAuditEntries','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122100000_AddCases','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122110000_AddOutbox','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122120000_AddDirectory','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122130000_AddTriage','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122140000_AddSignals','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261125100000_AddPanels','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261125110000_AddSessionOutcomes','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261125120000_AddSignalFollowUp','10.0.14');
CREATE TABLE IF NOT EXISTS "conversation_states" (
    "key" TEXT NOT NULL CONSTRAINT "pk_conversation_states" PRIMARY KEY,
    "json" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "updated_at" INTEGER NOT NULL
);
INSERT INTO conversation_states VALUES('msteams/a:1xYz/dialog','{"flow":"intake","version":3,"step":"wish"}',4,639310185301250000);
CREATE TABLE IF NOT EXISTS "conversation_references" (
    "channel_id" TEXT NOT NULL,
    "conversation_id" TEXT NOT NULL,
    "service_url" TEXT NOT NULL,
    "tenant_id" TEXT NULL,
    "conversation_type" TEXT NULL,
    "user_id" TEXT NULL,
    "user_aad_object_id" TEXT NULL,
    "user_name" TEXT NULL,
    "bot_id" TEXT NULL,
    "bot_name" TEXT NULL,
    "locale" TEXT NULL,
    "time_zone" TEXT NULL,
    "installed" INTEGER NOT NULL,
    "created_at" INTEGER NOT NULL,
    "updated_at" INTEGER NOT NULL,
    CONSTRAINT "pk_conversation_references" PRIMARY KEY ("channel_id", "conversation_id")
);
INSERT INTO conversation_references VALUES('msteams','a:1xYz','https://smba.trafficmanager.net/emea/','tenant-jenv','personal','29:1sanne','aad-sanne','Sanne de Vries','28:bot','Casuïstiek','nl-NL','Europe/Amsterdam',1,639301545301250000,639310185301250000);
CREATE TABLE IF NOT EXISTS "processed_activities" (
    "channel_id" TEXT NOT NULL,
    "conversation_id" TEXT NOT NULL,
    "activity_id" TEXT NOT NULL,
    "seen_at" INTEGER NOT NULL,
    CONSTRAINT "pk_processed_activities" PRIMARY KEY ("channel_id", "conversation_id", "activity_id")
);
INSERT INTO processed_activities VALUES('msteams','a:1xYz','1732349730125',639310185301250000);
CREATE TABLE IF NOT EXISTS "audit_entries" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_audit_entries" PRIMARY KEY AUTOINCREMENT,
    "at" INTEGER NOT NULL,
    "actor" TEXT NOT NULL,
    "subject_type" TEXT NOT NULL,
    "subject_id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "details" TEXT NULL
);
INSERT INTO audit_entries VALUES(1,639310185301250000,'aad-sanne','casus','CA-2026-0042','ingediend','via Teams');
CREATE TABLE IF NOT EXISTS "cases" (
    "id" TEXT NOT NULL CONSTRAINT "pk_cases" PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    "updated_at" INTEGER NOT NULL,
    "author_key" TEXT NOT NULL,
    "author_aad_object_id" TEXT NULL,
    "author_name" TEXT NULL,
    "author_channel_id" TEXT NOT NULL,
    "author_conversation_id" TEXT NOT NULL,
    "visibility" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "story" TEXT NOT NULL,
    "situation" TEXT NULL,
    "chafes" TEXT NULL,
    "tried" TEXT NULL,
    "wish" TEXT NOT NULL,
    "deadline" TEXT NULL,
    "org_unit" TEXT NULL,
    "routes_json" TEXT NOT NULL,
    "themes" TEXT NOT NULL,
    "replacements" TEXT NOT NULL,
    "safety_concern" INTEGER NOT NULL,
    "triage_due_at" INTEGER NOT NULL,
    "withdrawn_reason" TEXT NULL,
    "version" INTEGER NOT NULL
);
INSERT INTO cases VALUES('6F1C2A4E-8B3D-4E7A-9C55-0D2B71E3A9F4','CA-2026-0042',2026,42,'besproken',639310185301250000,639317961301250000,'aad:aad-sanne','aad-sanne','Sanne de Vries','msteams','a:1xYz','vertrouwelijk','nl','Een gezin moet vertrekken terwijl de jongste net een operatie heeft gehad.','Vertrekgesprek','De termijn houdt geen rekening met herstel.','Uitstel gevraagd bij de teamleider.','Ruimte om de termijn te verlengen.','2026-12-18','IND Zwolle','["spreekuur"]','vertrek;gezondheid','[NAAM]',1,639316233301250000,'nog niet',6);
CREATE TABLE IF NOT EXISTS "casus_counters" (
    "year" INTEGER NOT NULL CONSTRAINT "pk_casus_counters" PRIMARY KEY,
    "last_number" INTEGER NOT NULL
);
INSERT INTO casus_counters VALUES(2026,42);
CREATE TABLE IF NOT EXISTS "user_profiles" (
    "aad_object_id" TEXT NOT NULL CONSTRAINT "pk_user_profiles" PRIMARY KEY,
    "org_unit" TEXT NULL,
    "updated_at" INTEGER NOT NULL
);
INSERT INTO user_profiles VALUES('aad-sanne','IND Zwolle',639310185301250000);
CREATE TABLE IF NOT EXISTS "outbox_messages" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_outbox_messages" PRIMARY KEY AUTOINCREMENT,
    "idempotency_key" TEXT NOT NULL,
    "channel_id" TEXT NULL,
    "conversation_id" TEXT NULL,
    "service_url" TEXT NULL,
    "recipient_aad_object_id" TEXT NULL,
    "recipient_user_id" TEXT NULL,
    "tenant_id" TEXT NULL,
    "activity_json" TEXT NOT NULL,
    "replaces_key" TEXT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "next_attempt_at" INTEGER NOT NULL,
    "claimed_by" TEXT NULL,
    "lease_until" INTEGER NULL,
    "send_started_at" INTEGER NULL,
    "sent_activity_id" TEXT NULL,
    "sent_at" INTEGER NULL,
    "dead_reason" TEXT NULL,
    "last_error" TEXT NULL,
    "created_at" INTEGER NOT NULL,
    "updated_at" INTEGER NOT NULL
);
INSERT INTO outbox_messages VALUES(1,'casus/CA-2026-0042/ontvangen','msteams','a:1xYz','https://smba.trafficmanager.net/emea/','aad-sanne','29:1sanne','tenant-jenv','{"type":"message","text":"Je casus is ontvangen."}','casus/CA-2026-0042/concept','Dead',5,639310221301250000,'instance-a',639310257301250000,639310221301250000,'1:abc',639310221301250000,'AttemptsExhausted','503 Service Unavailable',639310185301250000,639310293301250000);
CREATE TABLE IF NOT EXISTS "people" (
    "aad_object_id" TEXT NOT NULL CONSTRAINT "pk_people" PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "org_unit" TEXT NULL,
    "roles" TEXT NOT NULL,
    "tags" TEXT NOT NULL,
    "manager_aad_object_id" TEXT NULL,
    "mt" TEXT NULL,
    "max_panels_per_month" INTEGER NOT NULL,
    "unavailable_until" TEXT NULL,
    "updated_at" INTEGER NOT NULL
);
INSERT INTO people VALUES('aad-joost','Joost Bakker','joost.bakker@example.nl','DJI Vught','expert;facilitator','vertrek;gezondheid','aad-marieke','MT Uitvoering',3,'2026-12-24',639284265301250000);
CREATE TABLE IF NOT EXISTS "coordinator_channels" (
    "conversation_id" TEXT NOT NULL CONSTRAINT "pk_coordinator_channels" PRIMARY KEY,
    "channel_id" TEXT NOT NULL,
    "service_url" TEXT NOT NULL,
    "tenant_id" TEXT NULL,
    "name" TEXT NULL,
    "registered_by" TEXT NOT NULL,
    "registered_at" INTEGER NOT NULL,
    "active" INTEGER NOT NULL
);
INSERT INTO coordinator_channels VALUES('19:coordinatoren@thread.tacv2','msteams','https://smba.trafficmanager.net/emea/','tenant-jenv','Coördinatoren','aad-pieter',639292905301250000,1);
CREATE TABLE IF NOT EXISTS "triage_decisions" (
    "casus_id" TEXT NOT NULL CONSTRAINT "pk_triage_decisions" PRIMARY KEY,
    "decision" TEXT NOT NULL,
    "route" TEXT NULL,
    "motivation" TEXT NULL,
    "decided_by_name" TEXT NOT NULL,
    "decided_by_aad_object_id" TEXT NOT NULL,
    "decided_at" INTEGER NOT NULL
);
INSERT INTO triage_decisions VALUES('6F1C2A4E-8B3D-4E7A-9C55-0D2B71E3A9F4','spreekuur','spreekuur','Raakt meerdere organisaties.','Pieter Jansen','aad-pieter',639311049301250000);
CREATE TABLE IF NOT EXISTS "casus_questions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_casus_questions" PRIMARY KEY AUTOINCREMENT,
    "casus_id" TEXT NOT NULL,
    "asked_by_name" TEXT NOT NULL,
    "asked_by_aad_object_id" TEXT NOT NULL,
    "asked_at" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NULL,
    "answered_at" INTEGER NULL
);
INSERT INTO casus_questions VALUES(1,'6F1C2A4E-8B3D-4E7A-9C55-0D2B71E3A9F4','Pieter Jansen','aad-pieter',639311049301250000,'Is er een medische verklaring?','Ja, van de huisarts.',639311913301250000);
CREATE TABLE IF NOT EXISTS "signals" (
    "id" TEXT NOT NULL CONSTRAINT "pk_signals" PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "source_casus_id" TEXT NULL,
    "owner_aad_object_id" TEXT NOT NULL,
    "owner_name" TEXT NOT NULL,
    "owner_mt" TEXT NULL,
    "transfer_to_aad_object_id" TEXT NULL,
    "transfer_to_name" TEXT NULL,
    "transfer_to_mt" TEXT NULL,
    "due_date" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "resolution" TEXT NULL,
    "resolution_text" TEXT NULL,
    "motivation" TEXT NULL,
    "latest_note" TEXT NULL,
    "created_at" INTEGER NOT NULL,
    "updated_at" INTEGER NOT NULL,
    "last_owner_update_at" INTEGER NOT NULL,
    "closed_at" INTEGER NULL,
    "snoozed_until" INTEGER NULL,
    "version" INTEGER NOT NULL
, "reminders_sent" INTEGER NOT NULL DEFAULT 0, "overdue_reminders" INTEGER NOT NULL DEFAULT 0, "last_reminder_at" INTEGER NULL, "escalated_at" INTEGER NULL);
INSERT INTO signals VALUES('0C7D9E21-4F3A-4B68-8A1D-E52C6B9F3047','SG-2026-0007',2026,7,'Vertrektermijn na operatie','De vertrektermijn houdt geen rekening met medisch herstel.','regelgeving','6F1C2A4E-8B3D-4E7A-9C55-0D2B71E3A9F4','aad-marieke','Marieke Visser','MT Uitvoering','aad-ahmed','Ahmed el Amrani','MT Beleid','2027-02-01','afgerond','meegenomen-in-wet','Opgenomen in de wijziging.','Breed gedragen','In consultatie',639317961301250000,639344745301250000,639340425301250000,639344745301250000,639327465301250000,8,3,1,639336105301250000,639338697301250000);
CREATE TABLE IF NOT EXISTS "signal_counters" (
    "year" INTEGER NOT NULL CONSTRAINT "pk_signal_counters" PRIMARY KEY,
    "last_number" INTEGER NOT NULL
);
INSERT INTO signal_counters VALUES(2026,7);
CREATE TABLE IF NOT EXISTS "panels" (
    "id" TEXT NOT NULL CONSTRAINT "pk_panels" PRIMARY KEY,
    "casus_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "session_date" TEXT NULL,
    "session_time" TEXT NULL,
    "place" TEXT NULL,
    "created_at" INTEGER NOT NULL,
    "updated_at" INTEGER NOT NULL,
    "invitations_sent_at" INTEGER NULL,
    "invitations_sent_by" TEXT NULL,
    "version" INTEGER NOT NULL
);
INSERT INTO panels VALUES('A3E9B7C1-5D2F-4A86-B0E4-7C91F2D8E615','6F1C2A4E-8B3D-4E7A-9C55-0D2B71E3A9F4','uitgenodigd','2026-12-02','14:30:00','Teams-vergadering',639311049301250000,639312777301250000,639312777301250000,'aad-pieter',5);
CREATE TABLE IF NOT EXISTS "panel_members" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_panel_members" PRIMARY KEY AUTOINCREMENT,
    "panel_id" TEXT NOT NULL,
    "aad_object_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "seat" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "added_at" INTEGER NOT NULL,
    "invited_at" INTEGER NULL,
    "answered_at" INTEGER NULL,
    "reminded_at" INTEGER NULL,
    "decline_reason" TEXT NULL,
    "offer_aad_object_id" TEXT NULL,
    "offer_name" TEXT NULL,
    "offer_reason" TEXT NULL
);
INSERT INTO panel_members VALUES(1,'A3E9B7C1-5D2F-4A86-B0E4-7C91F2D8E615','aad-joost','Joost Bakker','expert','kan-niet','Tags vertrek en gezondheid',639311049301250000,639312777301250000,639313641301250000,639313497301250000,'Met verlof','aad-femke','Femke Smit','Zelfde expertise');
CREATE TABLE IF NOT EXISTS "session_outcomes" (
    "casus_id" TEXT NOT NULL CONSTRAINT "pk_session_outcomes" PRIMARY KEY,
    "shared_view" TEXT NOT NULL,
    "recorded_by_name" TEXT NOT NULL,
    "recorded_by_aad_object_id" TEXT NOT NULL,
    "recorded_at" INTEGER NOT NULL
);
INSERT INTO session_outcomes VALUES('6F1C2A4E-8B3D-4E7A-9C55-0D2B71E3A9F4','De termijn mag worden verlengd bij medisch herstel.','Pieter Jansen','aad-pieter',639317961301250000);
CREATE TABLE IF NOT EXISTS "action_points" (
    "id" TEXT NOT NULL CONSTRAINT "pk_action_points" PRIMARY KEY,
    "casus_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "owner_aad_object_id" TEXT NOT NULL,
    "owner_name" TEXT NOT NULL,
    "due_date" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    "done_at" INTEGER NULL,
    "version" INTEGER NOT NULL
);
INSERT INTO action_points VALUES('D48A1F6C-2E9B-4C37-A5D0-91B3E7F2C864','6F1C2A4E-8B3D-4E7A-9C55-0D2B71E3A9F4',1,'Werkinstructie aanpassen','aad-marieke','Marieke Visser','2027-01-15','gereed',639317961301250000,639320553301250000,2);
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('audit_entries',1);
INSERT INTO sqlite_sequence VALUES('casus_questions',1);
INSERT INTO sqlite_sequence VALUES('outbox_messages',1);
INSERT INTO sqlite_sequence VALUES('panel_members',1);
CREATE INDEX "ix_conversation_references_user_aad_object_id" ON "conversation_references" ("user_aad_object_id");
CREATE INDEX "ix_processed_activities_seen_at" ON "processed_activities" ("seen_at");
CREATE INDEX "ix_audit_entries_subject" ON "audit_entries" ("subject_type", "subject_id");
CREATE INDEX "ix_audit_entries_at" ON "audit_entries" ("at");
CREATE UNIQUE INDEX "ix_cases_reference" ON "cases" ("reference");
CREATE INDEX "ix_cases_author_key" ON "cases" ("author_key");
CREATE INDEX "ix_cases_status" ON "cases" ("status");
CREATE UNIQUE INDEX "ux_outbox_messages_idempotency_key" ON "outbox_messages" ("idempotency_key");
CREATE INDEX "ix_outbox_messages_status_next_attempt_at" ON "outbox_messages" ("status", "next_attempt_at");
CREATE INDEX "ix_outbox_messages_replaces_key" ON "outbox_messages" ("replaces_key");
CREATE INDEX "ix_people_email" ON "people" ("email");
CREATE INDEX "ix_casus_questions_casus_id" ON "casus_questions" ("casus_id");
CREATE UNIQUE INDEX "ix_signals_reference" ON "signals" ("reference");
CREATE INDEX "ix_signals_owner_aad_object_id" ON "signals" ("owner_aad_object_id");
CREATE INDEX "ix_signals_status" ON "signals" ("status");
CREATE UNIQUE INDEX "ix_panels_casus_id" ON "panels" ("casus_id");
CREATE INDEX "ix_panel_members_panel_id" ON "panel_members" ("panel_id");
CREATE INDEX "ix_panel_members_aad_object_id" ON "panel_members" ("aad_object_id");
CREATE UNIQUE INDEX "ix_action_points_casus_id_number" ON "action_points" ("casus_id", "number");
CREATE INDEX "ix_action_points_owner_aad_object_id" ON "action_points" ("owner_aad_object_id");
COMMIT;
