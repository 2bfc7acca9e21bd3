import java.io.FileInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * Prints what java.util.Properties.load sees, for the parser's cross-check tests.
 *
 * Usage: java PropsDump stream|reader FILE...
 *   stream: Properties.load(InputStream)  (ISO-8859-1, what Kafka's Utils.loadProps uses)
 *   reader: Properties.load(Reader) over a UTF-8 InputStreamReader
 *
 * One line per file, in argument order, ASCII only:
 *   {"file":"NAME","ok":true,"entries":[["key","value"],...]}     keys sorted (Properties is a Hashtable)
 *   {"file":"NAME","ok":false,"error":"java.lang.IllegalArgumentException","message":"..."}
 */
public final class PropsDump {
    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !(args[0].equals("stream") || args[0].equals("reader"))) {
            System.err.println("usage: PropsDump stream|reader FILE...");
            System.exit(2);
        }
        boolean stream = args[0].equals("stream");
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < args.length; i++) {
            String file = args[i];
            Properties p = new Properties();
            out.append("{\"file\":").append(json(file));
            try (InputStream in = new FileInputStream(file)) {
                if (stream) {
                    p.load(in);
                } else {
                    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                        p.load(r);
                    }
                }
                List<String> keys = new ArrayList<>(p.stringPropertyNames());
                Collections.sort(keys);
                out.append(",\"ok\":true,\"entries\":[");
                for (int k = 0; k < keys.size(); k++) {
                    if (k > 0) out.append(',');
                    String key = keys.get(k);
                    out.append('[').append(json(key)).append(',').append(json(p.getProperty(key))).append(']');
                }
                out.append("]}");
            } catch (Exception e) {
                out.append(",\"ok\":false,\"error\":").append(json(e.getClass().getName()))
                   .append(",\"message\":").append(json(String.valueOf(e.getMessage()))).append('}');
            }
            out.append('\n');
        }
        System.out.print(out);
        System.out.flush();
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
