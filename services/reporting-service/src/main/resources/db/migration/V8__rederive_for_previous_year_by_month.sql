-- Goal 11's breakdowns gained the same count of the year before by month (previousYearByMonth), the
-- burn-up chart's curve of last year. The maintained goals hold breakdowns as rendered when they
-- were derived, so every maintained house-year is marked: the maintainer derives it again, in the
-- new shape, once the service runs.
insert into goal_dirty (house, year, marked_seq, marked_at)
select house, year, nextval('goal_marks'), now() from maintained_house_years
on conflict (house, year) do update set marked_seq = excluded.marked_seq;
