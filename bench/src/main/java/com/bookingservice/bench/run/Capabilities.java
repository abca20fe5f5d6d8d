package com.bookingservice.bench.run;

import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which settings the running service knows, from its {@code /actuator/configprops}: a
 * setting is known when a bound properties bean has its prefix and a property along the rest
 * of its name. The bench sets provider settings that other features are still adding, so it
 * checks each one instead of trusting that an unknown setting does something.
 */
final class Capabilities {

	private final JsonNode beans;

	private Capabilities(JsonNode beans) {
		this.beans = beans;
	}

	static Capabilities read(Api api, String adminToken) throws IOException, InterruptedException {
		JsonNode contexts = api.get("/actuator/configprops", adminToken).path("contexts");
		Iterator<Map.Entry<String, JsonNode>> all = contexts.fields();
		JsonNode beans = Api.JSON.createObjectNode();
		while (all.hasNext()) {
			Map.Entry<String, JsonNode> context = all.next();
			((com.fasterxml.jackson.databind.node.ObjectNode) beans).setAll(
					(com.fasterxml.jackson.databind.node.ObjectNode) context.getValue().path("beans"));
		}
		return new Capabilities(beans);
	}

	boolean knows(String property) {
		Iterator<JsonNode> all = beans.elements();
		while (all.hasNext()) {
			JsonNode bean = all.next();
			String prefix = bean.path("prefix").asText("");
			if (!prefix.isEmpty() && property.startsWith(prefix + ".")
					&& has(bean.path("properties"), property.substring(prefix.length() + 1))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the nested properties hold the dotted path, comparing names without dashes and
	 * case, so that {@code send-inline} finds {@code sendInline}.
	 */
	private static boolean has(JsonNode properties, String path) {
		JsonNode node = properties;
		for (String part : path.split("\\.")) {
			node = child(node, part);
			if (node == null) {
				return false;
			}
		}
		return true;
	}

	private static JsonNode child(JsonNode node, String name) {
		String wanted = canonical(name);
		Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			if (canonical(field.getKey()).equals(wanted)) {
				return field.getValue();
			}
		}
		return null;
	}

	private static String canonical(String name) {
		return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
	}

}
