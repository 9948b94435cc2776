package news.tenor.scoring.calibration;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WordWeightsTest {

	@Test
	void ridgeByConjugateGradientsSolvesTheNormalEquations() {
		Random random = new Random(7);
		int n = 40;
		int d = 6;
		int[][] cols = new int[n][];
		double[][] vals = new double[n][];
		double[] weight = new double[n];
		double[] y = new double[n];
		double penalty = 0.01;
		double[][] a = new double[d][d];
		double[] b = new double[d];
		for (int i = 0; i < n; i++) {
			int first = random.nextInt(d);
			int second = (first + 1 + random.nextInt(d - 1)) % d;
			cols[i] = new int[] { first, second };
			vals[i] = new double[] { random.nextDouble(), random.nextDouble() };
			weight[i] = 0.5 + random.nextDouble();
			y[i] = random.nextGaussian();
			for (int k = 0; k < 2; k++) {
				b[cols[i][k]] += weight[i] * vals[i][k] * y[i];
				for (int l = 0; l < 2; l++) {
					a[cols[i][k]][cols[i][l]] += weight[i] * vals[i][k] * vals[i][l];
				}
			}
		}
		for (int j = 0; j < d; j++) {
			a[j][j] += penalty;
		}
		double[] direct = CalibrationFit.solve(a, b);
		double[] iterative = WordWeights.ridge(cols, vals, weight, y, d, penalty);
		for (int j = 0; j < d; j++) {
			assertThat(iterative[j]).isCloseTo(direct[j], within(1e-9));
		}
		assertThat(Arrays.stream(direct).map(Math::abs).max().getAsDouble()).isGreaterThan(0.1);
	}

}
