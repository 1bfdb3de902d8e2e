package org.diplomatic.analyzer.solr;

import java.util.Map;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;

/**
 * {@code {!doctext}}: the local index's free-text query on SolrCloud. Lucene's classic parser over {@code body} and
 * {@code exact} (weights 1 and 1), every word required unless {@code q.op=OR}, each field analyzed by its schema
 * type; so phrases, AND/OR/NOT and {@code field:value} mean what they mean in {@code search --index}.
 */
public final class DocumentTextQParserPlugin extends QParserPlugin {
  static final String[] FIELDS = {"body", "exact"};
  private static final Map<String, Float> BOOSTS = Map.of("body", 1f, "exact", 1f);

  @Override
  public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() throws SyntaxError {
        MultiFieldQueryParser parser =
            new MultiFieldQueryParser(FIELDS, req.getSchema().getQueryAnalyzer(), BOOSTS);
        String op = getParam("q.op");
        parser.setDefaultOperator("OR".equalsIgnoreCase(op) ? QueryParser.Operator.OR : QueryParser.Operator.AND);
        try {
          return parser.parse(qstr);
        } catch (ParseException e) {
          throw new SyntaxError("bad query: " + e.getMessage(), e);
        }
      }
    };
  }
}
