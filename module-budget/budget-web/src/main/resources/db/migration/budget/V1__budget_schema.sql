-- The participatory budget's own schema; its tables arrive with the budgeting features.
comment on schema budget is 'Our Society participatory budgeting module';
