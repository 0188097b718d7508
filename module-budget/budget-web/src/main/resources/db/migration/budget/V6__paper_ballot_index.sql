-- An online ballot asks whether its round holds any paper ballot (RoundStore.shareForBallot); only then does it
-- read the voter's voting codes. Paper ballots are few beside online ones, so this index stays small and the
-- question is one probe instead of a scan of the round's ballots.
create index ballot_paper on budget.ballot (round_id) where channel = 'paper';
