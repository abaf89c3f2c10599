-- Alert reasons were stored as English sentences. They become facts in Alert.data (by kind), and the
-- words are rendered when an alert is shown (lib/alerts/describe-alert.ts). Existing sentences are parsed
-- back into their facts before the column goes.
UPDATE "Alert" a SET data = COALESCE(a.data, '{}'::jsonb) || jsonb_build_object('days', p.m[1]::int, 'limit', p.m[2]::int)
FROM (SELECT id, regexp_match(reason, 'for (\d+) days \(limit (\d+)\)') AS m FROM "Alert" WHERE kind IN ('STALLED', 'NEGLECTED')) p
WHERE a.id = p.id AND p.m IS NOT NULL;

UPDATE "Alert" a SET data = COALESCE(a.data, '{}'::jsonb)
  || jsonb_build_object('title', p.m[1], 'dueDate', p.m[2], 'milestoneId', substring(a."dedupeKey" from '^milestone-overdue:(.*)$'))
FROM (SELECT id, regexp_match(reason, '^Milestone "(.*)" was due (\d{4}-\d{2}-\d{2})') AS m FROM "Alert" WHERE kind = 'MILESTONE_OVERDUE') p
WHERE a.id = p.id AND p.m IS NOT NULL;

UPDATE "Alert" a SET data = COALESCE(a.data, '{}'::jsonb)
  || jsonb_build_object('hours', p.m[1]::int, 'target', p.m[2]::int, 'helpRequestId', substring(a."dedupeKey" from '^help-waiting:(.*)$'))
FROM (SELECT id, regexp_match(reason, 'waited (\d+) business hours for a reply \(target (\d+)\)') AS m FROM "Alert" WHERE kind = 'HELP_WAITING') p
WHERE a.id = p.id AND p.m IS NOT NULL;

-- Negative check-ins already kept checkInId, answer and comment; the day comes from the sentence.
UPDATE "Alert" a SET data = COALESCE(a.data, '{}'::jsonb) || jsonb_build_object('dayOffset', p.m[1]::int)
FROM (SELECT id, regexp_match(reason, '^Day (\d+) check-in') AS m FROM "Alert" WHERE kind = 'NEGATIVE_CHECK_IN') p
WHERE a.id = p.id AND p.m IS NOT NULL;

-- Bounced-email alerts already kept email and status in data.

-- AlterTable
ALTER TABLE "Alert" DROP COLUMN "reason";
