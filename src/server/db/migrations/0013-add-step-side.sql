-- For an inter-level procedure (liên thông), which unit works each step: the receiving unit (the
-- commune's desk and officers) or the resolving unit (the district). Null: not said (one unit).
alter table procedure_steps add column at_unit text check (at_unit in ('receiving', 'resolving'));
