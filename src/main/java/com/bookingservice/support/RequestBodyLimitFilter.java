package com.bookingservice.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 413 to a request whose body is larger than the limit, before anything reads it.
 * A declared length is checked at once; a body sent in chunks is read up to the limit first.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final long limit;

	private final ProblemResponses problems;

	RequestBodyLimitFilter(DataSize limit, ProblemResponses problems) {
		this.limit = limit.toBytes();
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			reject(request, response);
			return;
		}
		if (declared >= 0 || !hasChunkedBody(request)) {
			chain.doFilter(request, response);
			return;
		}

		byte[] body = request.getInputStream().readNBytes((int) limit + 1);
		if (body.length > limit) {
			reject(request, response);
			return;
		}
		chain.doFilter(new BufferedBodyRequest(request, body), response);
	}

	private static boolean hasChunkedBody(HttpServletRequest request) {
		String encoding = request.getHeader("Transfer-Encoding");
		return encoding != null && encoding.toLowerCase().contains("chunked");
	}

	private void reject(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("Connection", "close");
		problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
				"The request body is larger than " + limit / 1024 + " KB.");
	}

	/**
	 * A request whose body has already been read into memory.
	 */
	private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			return new BufferedInputStream(new ByteArrayInputStream(body));
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			var charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

	}

	private static final class BufferedInputStream extends ServletInputStream {

		private final InputStream in;

		BufferedInputStream(InputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			return in.read();
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			return in.read(b, off, len);
		}

		@Override
		public boolean isFinished() {
			try {
				return in.available() == 0;
			}
			catch (IOException ex) {
				return true;
			}
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			throw new UnsupportedOperationException("The body is already in memory.");
		}

	}

}
