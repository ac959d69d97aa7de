import { sameAsCPython } from './_programs';

describe('lib/statistics (programs)', () => {
  it('mean/fmean/median/mode/variance/stdev, exact sums and correctly rounded sqrt', () => sameAsCPython('statistics_all', `
import statistics as st
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([0.1, 0.2, 0.3]), st.mean([1, 2.5]), st.fmean([0.1, 0.2, 0.3]))
print(st.median([3, 1, 2]), st.median([4, 1, 2, 3]), st.median_low([4, 1, 2, 3]), st.median_high([4, 1, 2, 3]), st.median([1.5, 2.5]))
print(st.mode([1, 2, 2, 3]), st.mode("aabbbc"), st.multimode("aabbcc"))
print(st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.pvariance([1, 2, 3, 4]), st.variance([1, 2, 3, 4]))
print(st.stdev([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4, 5]))
import random
xs = [random.random() for _ in range(100)]
print(st.mean(xs), st.stdev(xs), st.median(xs), st.variance(xs))
try: st.mean([])
except st.StatisticsError as e: print(e)
try: st.stdev([1])
except st.StatisticsError as e: print(e)
`));
});
