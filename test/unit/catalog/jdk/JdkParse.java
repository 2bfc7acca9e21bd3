// Runs the JDK primitives ConfigDef.parseType relies on (String.trim, equalsIgnoreCase, Integer/Short/Long.parseLong,
// Double.parseDouble, Pattern "\\s*,\\s*" split with limit -1) over inputs given as hex UTF-16 code units, one per line.
// Used by jdk-parity.test.ts to check the TypeScript ports against the real JDK. Run: java JdkParse.java < inputs
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.regex.Pattern;

public class JdkParse {
    private static final Pattern COMMA_WITH_WHITESPACE = Pattern.compile("\\s*,\\s*");

    static String hex(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) b.append(String.format("%04x", (int) s.charAt(i)));
        return b.toString();
    }

    static String unhex(String h) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i + 4 <= h.length(); i += 4) b.append((char) Integer.parseInt(h.substring(i, i + 4), 16));
        return b.toString();
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, "UTF-8"));
        StringBuilder out = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            String s = unhex(line.trim());
            String t = s.trim();
            String i, sh, l, d, bo, li;
            try { i = Integer.toString(Integer.parseInt(t)); } catch (NumberFormatException e) { i = "ERR"; }
            try { sh = Short.toString(Short.parseShort(t)); } catch (NumberFormatException e) { sh = "ERR"; }
            try { l = Long.toString(Long.parseLong(t)); } catch (NumberFormatException e) { l = "ERR"; }
            try {
                double x = Double.parseDouble(t);
                d = Double.isNaN(x) ? "NaN" : Long.toHexString(Double.doubleToRawLongBits(x));
            } catch (NumberFormatException e) { d = "ERR"; }
            bo = t.equalsIgnoreCase("true") ? "true" : t.equalsIgnoreCase("false") ? "false" : "ERR";
            if (t.isEmpty()) li = "";
            else {
                StringBuilder b = new StringBuilder();
                for (String part : COMMA_WITH_WHITESPACE.split(t, -1)) b.append('[').append(hex(part)).append(']');
                li = b.toString();
            }
            out.append(hex(t)).append('\t').append(i).append('\t').append(sh).append('\t').append(l).append('\t')
               .append(d).append('\t').append(bo).append('\t').append(li).append('\n');
        }
        System.out.print(out);
    }
}
