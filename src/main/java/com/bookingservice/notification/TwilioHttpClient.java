package com.bookingservice.notification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.twilio.constant.EnumConstants;
import com.twilio.exception.ApiConnectionException;
import com.twilio.http.HttpClient;
import com.twilio.http.HttpMethod;
import com.twilio.http.HttpUtility;
import com.twilio.http.Request;
import com.twilio.http.Response;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP client under Twilio's SDK: every call has a connect and a read time-out, is made
 * once, because the delivery ledger does the retrying, and goes to the configured base URL, so
 * that the same SDK calls reach Twilio or a local stand-in of it.
 */
class TwilioHttpClient extends HttpClient implements AutoCloseable {

	private final URI baseUrl;

	private final CloseableHttpClient client;

	/**
	 * @param maxConnections the most calls in flight at once, for SMS and WhatsApp together;
	 * the pool keeps as many connections, so that no call waits for one
	 */
	TwilioHttpClient(URI baseUrl, Duration connectTimeout, Duration readTimeout, int maxConnections) {
		this.baseUrl = baseUrl;
		this.client = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(Timeout.of(connectTimeout))
					.setSocketTimeout(Timeout.of(readTimeout))
					.build())
				.setMaxConnPerRoute(maxConnections)
				.setMaxConnTotal(maxConnections)
				.build())
			.setDefaultRequestConfig(RequestConfig.custom()
				.setConnectionRequestTimeout(Timeout.of(connectTimeout))
				.setResponseTimeout(Timeout.of(readTimeout))
				.build())
			.disableAutomaticRetries()
			.disableRedirectHandling()
			.build();
	}

	/**
	 * Makes the request once: the SDK would otherwise repeat it on a 5xx answer.
	 */
	@Override
	public Response reliableRequest(Request request) {
		return makeRequest(request);
	}

	@Override
	public Response makeRequest(Request request) {
		try {
			return client.execute(toHttp(request), TwilioHttpClient::toResponse);
		}
		catch (IOException ex) {
			throw new ApiConnectionException("Twilio could not be reached: " + ex, ex);
		}
	}

	@Override
	public void close() throws IOException {
		client.close();
	}

	private ClassicHttpRequest toHttp(Request request) {
		ClassicRequestBuilder http = ClassicRequestBuilder.create(request.getMethod().toString())
			.setUri(rebase(request.constructURL()))
			.addHeader(HttpHeaders.ACCEPT, ContentType.APPLICATION_JSON.getMimeType())
			.addHeader(HttpHeaders.USER_AGENT, HttpUtility.getUserAgentString(request.getUserAgentExtensions(), true));
		if (request.requiresAuthentication()) {
			http.addHeader(HttpHeaders.AUTHORIZATION, request.getAuthString());
		}
		request.getHeaderParams().forEach((name, values) -> values.forEach(value -> http.addHeader(name, value)));
		if (request.getMethod() != HttpMethod.GET) {
			http.setEntity(isJson(request) ? new StringEntity(request.getBody(), ContentType.APPLICATION_JSON)
					: new UrlEncodedFormEntity(form(request.getPostParams()), StandardCharsets.UTF_8));
		}
		return http.build();
	}

	/**
	 * The request's URL with the scheme, host and port of the base URL, and its path below the
	 * base URL's path.
	 */
	URI rebase(URL url) {
		String basePath = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath().replaceAll("/+$", "");
		String query = url.getQuery() == null ? "" : "?" + url.getQuery();
		return URI.create(baseUrl.getScheme() + "://" + baseUrl.getRawAuthority() + basePath + url.getPath() + query);
	}

	private static boolean isJson(Request request) {
		return request.getContentType() != null
				&& EnumConstants.ContentType.JSON.getValue().equals(request.getContentType().getValue());
	}

	private static List<NameValuePair> form(Map<String, List<String>> parameters) {
		return parameters.entrySet()
			.stream()
			.flatMap(entry -> entry.getValue().stream().map(value -> new BasicNameValuePair(entry.getKey(), value)))
			.map(NameValuePair.class::cast)
			.toList();
	}

	private static Response toResponse(ClassicHttpResponse response) throws IOException {
		byte[] body = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
		if (response.getCode() >= 400 && !isJsonObject(body)) {
			body = errorBody(response).getBytes(StandardCharsets.UTF_8);
		}
		return new Response(new ByteArrayInputStream(body), response.getCode(), response.getHeaders());
	}

	private static boolean isJsonObject(byte[] body) {
		return new String(body, StandardCharsets.UTF_8).stripLeading().startsWith("{");
	}

	/**
	 * Twilio answers an error with a JSON body that the SDK reads the status from; a proxy in
	 * front of it may answer with none, so one is made from the status line.
	 */
	private static String errorBody(ClassicHttpResponse response) {
		String reason = Objects.requireNonNullElse(response.getReasonPhrase(), "").replaceAll("[^\\w .-]", "");
		String message = ("HTTP " + response.getCode() + " " + reason).strip();
		return "{\"status\": " + response.getCode() + ", \"message\": \"" + message + "\"}";
	}

}
