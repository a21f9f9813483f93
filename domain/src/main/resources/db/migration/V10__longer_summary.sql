-- Issue 12: a lesson's summary may be a short paragraph (1,200 characters, about 200 words), so the summary of a real
-- project closure report fits; 600 cut a pasted summary mid-sentence.
alter table lesson alter column summary set data type varchar(1200);
