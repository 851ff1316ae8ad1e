-- pgbench script: one event-sized row appended per transaction, as the plan's event table takes it.
-- See docs/measuring.md.
\set agg random(1, 40)
INSERT INTO bench_event (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,
                         payload_revision, payload, meta_data)
VALUES (gen_random_uuid()::text, :agg::text || '-' || :client_id, nextval('bench_event_global_index_seq'), 'SharedPlan',
        now()::text, 'fi.perhekeskus.plan.api.NeedRecorded', '1', convert_to(repeat('x', 293), 'UTF8'),
        convert_to(repeat('m', 130), 'UTF8'));
