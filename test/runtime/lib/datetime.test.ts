import { sameAsCPython } from './_programs';

describe('lib/datetime (programs)', () => {
  it('timedelta arithmetic/str/repr, date, datetime, time, timezone.utc, strftime/strptime/fromisoformat', () => sameAsCPython('datetime_all', `
from datetime import timedelta as T, datetime as D, date, time, timezone
print(T(seconds=-1), repr(T(seconds=-1)), T(days=2, hours=3, microseconds=5), repr(T(0)), T(hours=1.5), T(seconds=0.1), repr(T(milliseconds=1)))
print(T(hours=1)/T(minutes=7), T(hours=1)//T(minutes=7), T(hours=1)%T(minutes=7), T(hours=1)/3, T(hours=1)*1.1, -T(hours=1), abs(T(-1)), T(minutes=1).total_seconds(), T(days=1) > T(hours=23))
d = D(2023, 11, 14, 22, 13, 20, 500000)
print(d, repr(d), repr(D(2023,1,1)), repr(D(2023,1,1,0,0,5)), d.isoformat(), d.date(), d.time(), repr(d.time()), d + T(days=20), d - D(2023,1,1), d.strftime('%Y/%m/%d %H:%M:%S.%f %a %j'))
print(d.timestamp(), D.fromtimestamp(1700000000), D.utcfromtimestamp(1700000000.25), date(2024, 2, 29).weekday(), date(2024,2,29).isoformat(), repr(date(2024,1,1)), date(2024,3,1)-date(2024,2,1))
print(D.fromisoformat('2023-11-14T10:00:00'), D.strptime('2023-11-14 10:20', '%Y-%m-%d %H:%M'), D(2023,1,1, tzinfo=timezone.utc), repr(D(2023,1,1, tzinfo=timezone.utc)), timezone.utc, repr(timezone.utc))
print(D.fromtimestamp(1700000000, tz=timezone.utc).isoformat(), time(12, 30), repr(time(12,30)), date.fromordinal(738000), date(2023,5,17).toordinal(), date(2023,5,17).isocalendar())
print(f"{d:%H:%M}", d.year, d.hour, d.weekday(), d.replace(year=2020), T(days=1).days, T(seconds=90).seconds, d > D(2020, 1, 1), sorted([D(2024, 1, 1), D(2023, 1, 1)]))
try: D(2023, 2, 30)
except ValueError as e: print(e)
try: D.strptime('x', '%Y')
except ValueError as e: print(e)
`));
});
