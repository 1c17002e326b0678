-- Issue 16: indexes for the lookups a 1,000-application edition on PostgreSQL did by scanning the whole table.
-- A step finds its record by the process instance it runs in (ofProcess):
create index ix_application_process_instance on application (process_instance_id);
create index ix_edition_process_instance on edition (process_instance_id);
create index ix_complaint_process_instance on complaint (process_instance_id);
-- PostgreSQL does not index a foreign key by itself (H2 does: there these are a second index on the column).
-- Every task of a case lists its evidence, so evidence_attachment was scanned 23,000 times in that edition.
create index ix_evidence_attachment_application on evidence_attachment (application_id);
create index ix_declared_record_application on declared_record (application_id);
create index ix_expert_rating_draw on expert_rating (draw_id);
create index ix_application_recommender on application (recommender_code);
create index ix_application_renewal_of on application (renewal_of_honour_id);
create index ix_honour_renewal_of on honour (renewal_of_honour_id);
create index ix_ban_honour on ban (honour_id);
create index ix_objection_entry on objection (entry_id);
create index ix_expert_recommender on expert (recommender_code);
create index ix_panel_draw_leader on panel_draw (leader_id);
create index ix_panel_draw_replaced_expert on panel_draw (replaced_expert_id);
create index ix_panel_draw_member_expert on panel_draw_member (expert_id);
create index ix_commendation_edition on commendation (edition_id);
create index ix_commendation_honour on commendation (honour_id);
create index ix_commendation_renewal_of on commendation (renewal_of_honour_id);
create index ix_renewal_application on renewal (application_id);
create index ix_renewal_new_honour on renewal (new_honour_id);
create index ix_revocation_ban on revocation (ban_id);
create index ix_application_draft_edition on application_draft (edition_id);
create index ix_application_draft_file_draft on application_draft_file (draft_id);
create index ix_proposal_change_application on proposal_change (application_id);
create index ix_expert_reinstatement_expert on expert_reinstatement (expert_id);
