package org.diplomatic.analyzer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/**
 * Maps an {@link IndexedDocument} to a Lucene block: one child per figure and per commitment, then the parent (block
 * join needs the parent last). Every document of a block carries the id and source, so one delete removes the block.
 * With a {@link TextEmbedding} the parent also gets the document's vector and its passages' vectors.
 */
final class DocumentMapper {
  /** The body with its offsets in the postings: snippets then need no analysis ({@link HitHighlighter}). */
  private static final FieldType BODY_WITH_OFFSETS = bodyWithOffsets();

  private final FacetsConfig facets = Fields.facetsConfig();
  private final TextEmbedding embedding;
  private final FieldType body;

  /** {@code offsets}: whether the body keeps its offsets (an index made without them must go on without). */
  DocumentMapper(TextEmbedding embedding, boolean offsets) {
    this.embedding = embedding;
    this.body = offsets ? BODY_WITH_OFFSETS : TextField.TYPE_NOT_STORED;
  }

  /** Whether an index whose body field is {@code body} (null: none yet) keeps the body's offsets. */
  static boolean keepsOffsets(FieldInfo body) {
    return body == null
        || body.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) >= 0;
  }

  private static FieldType bodyWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  List<Document> block(IndexedDocument d) {
    List<Document> block = new ArrayList<>();
    for (IndexedDocument.Figure f : d.figures()) {
      Document child = keyed(d, Fields.TYPE_FIGURE);
      Double magnitude = f.magnitude();
      if (magnitude != null) {
        child.add(new DoublePoint(Fields.FIGURE_VALUE, magnitude));
      }
      child.add(new StringField(Fields.FIGURE_UNIT, f.unit() == null ? "none" : f.unit(), Field.Store.NO));
      block.add(child);
    }
    for (IndexedDocument.Commitment c : d.commitments()) {
      Document child = keyed(d, Fields.TYPE_COMMITMENT);
      child.add(new StringField(Fields.COMMITMENT_KIND, c.kind(), Field.Store.NO));
      child.add(new TextField(Fields.COMMITMENT_TEXT, c.text(), Field.Store.NO));
      c.areas().forEach(a -> child.add(new StringField(Fields.COMMITMENT_AREA, a, Field.Store.NO)));
      if (c.holder() != null) {
        child.add(new TextField(Fields.COMMITMENT_HOLDER, c.holder(), Field.Store.NO));
      }
      block.add(child);
    }
    block.add(parent(d));
    return block;
  }

  private Document parent(IndexedDocument d) {
    Document doc = keyed(d, Fields.TYPE_DOC);
    doc.add(new StringField(Fields.LANG, d.lang(), Field.Store.NO));
    doc.add(new StringField(Fields.GENRE, d.genre() == null ? "news" : d.genre(), Field.Store.NO));
    doc.add(new Field(Fields.BODY, d.text(), body));
    doc.add(new TextField(Fields.EXACT, d.text(), Field.Store.NO));
    float[] vector = embedding == null ? null : embedding.embed(d.text());
    if (vector != null) {
      doc.add(new KnnFloatVectorField(Fields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
      doc.add(new BinaryDocValuesField(Fields.PASSAGES, new BytesRef(PassageVectors.encode(
          Passages.vectors(Passages.split(d.text()), embedding), embedding.dimension()))));
    }
    doc.add(new SortedSetDocValuesFacetField("lang", d.lang()));
    doc.add(new SortedSetDocValuesFacetField("genre", d.genre() == null ? "news" : d.genre()));
    for (String area : d.areas()) {
      doc.add(new StringField(Fields.AREA, area, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField("areas", area));
    }
    for (IndexedDocument.Official o : d.officials()) {
      doc.add(new StringField(Fields.OFFICIAL, o.name(), Field.Store.NO));
      doc.add(new TextField(Fields.OFFICIAL_FOLDED, o.name(), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField("officials", o.name()));
      if (o.country() != null) {
        doc.add(new StringField(Fields.COUNTRY, o.country(), Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField("countries", o.country()));
      }
    }
    if (d.date() != null) {
      // The year facet is the document's own year, not every year its text mentions (معاهدة 1973).
      long day = DocumentDates.firstEpochDay(d.date());
      doc.add(new LongPoint(Fields.DATE, day));
      doc.add(new NumericDocValuesField(Fields.DATE, day));
      doc.add(new StoredField(Fields.DATE_VALUE, d.date()));
      doc.add(new IntPoint(Fields.YEAR, Integer.parseInt(d.date().substring(0, 4))));
      doc.add(new SortedSetDocValuesFacetField("year", d.date().substring(0, 4)));
    }
    try {
      doc.add(new StoredField(Fields.PAYLOAD, PayloadCodec.encode(d)));
      return facets.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build facets of " + d.source(), e);
    }
  }

  private static Document keyed(IndexedDocument d, String type) {
    Document doc = new Document();
    doc.add(new StringField(Fields.TYPE, type, Field.Store.NO));
    doc.add(new StringField(Fields.ID, d.id(), Field.Store.YES));
    doc.add(new StringField(Fields.SOURCE, d.source(), Field.Store.YES));
    return doc;
  }

  static IndexedDocument payload(org.apache.lucene.index.IndexableField stored) {
    return PayloadCodec.decode(present(stored).binaryValue());
  }

  /** As {@link #payload}, without the commitments, which a search hit does not show. */
  static IndexedDocument hitPayload(org.apache.lucene.index.IndexableField stored) {
    return PayloadCodec.decode(present(stored).binaryValue(), false);
  }

  private static org.apache.lucene.index.IndexableField present(org.apache.lucene.index.IndexableField stored) {
    if (stored == null) {
      throw new UncheckedIOException("stored document missing: index written by another program?",
          new IOException("no payload"));
    }
    return stored;
  }
}
