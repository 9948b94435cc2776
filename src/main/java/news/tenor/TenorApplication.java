package news.tenor;

import news.tenor.cli.TenorCommandLine;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Tenor: comment-sentiment reports in Excel from a newsroom's archive. */
@SpringBootApplication
public class TenorApplication {

	public static void main(String[] args) {
		System.exit(TenorCommandLine.execute(args, System.out, System.err));
	}

}
