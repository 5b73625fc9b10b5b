-- Session lists page by the row comparison (session_date, id) > (cursor) within a clinic (see
-- SessionService.list). V3's indexes serve the clinic's whole list and a patient's list; a therapist's list
-- gets the same shape here, so its page 500 also starts at the cursor instead of filtering the clinic's rows.
create index therapy_session_therapist on therapy_session (clinic_id, therapist, session_date, id);
