package org.diplomatic.analyzer.extract.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.WordTokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersianFinalVerbTest {
  private static final PersianFinalVerb VERBS = PersianFinalVerb.load();
  private final WordTokenizer tokenizer = new WordTokenizer();

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      نشست وزرای امور خارجه کشورهای عضو سازمان همکاری شانگهای در شهر «دوشنبه» آغاز به کار کرد.   | true
      ترکیه تاکید دارد شرایط عضویت در این اتحادیه را محقق کرده است.                             | true
      مقامات اتحادیه اروپا اعلام کرده‌اند، این پیشنهاد در این نشست مورد قبول قرار نگرفته است.     | true
      کامرون طرحی ۴ بندی را ارائه کرده بود که برای تغییر قواعد به اتحادیه اروپا پیشنهاد شد.       | true
      مستشاران این طرح را در سال‌های جنگ اجرا می‌کردند.                                        | true
      وزیر خارجه آلمان دوشنبه راهی فرانسه می‌شود.                                              | false
      سقف معافیت گمرکی از ۵۰ به ۸۰ میلیون ریال افزایش خواهد یافت.                               | false
      با مدیریت صحیح این طرح‌ها می‌توان مشکلات اشتغال را حل کرد.                                 | false
      وزیر راه از سفر خود به باکو در هفته آینده خبر داد.                                         | false
      ایران آماده همکاری با آژانس است.                                                         | false
      """)
  void readsTheTenseOfTheLastVerb(String text, boolean past) {
    assertEquals(past, VERBS.endsInPast(tokenizer.tokenize(text, new Sentence(text, 0, text.length()))));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ""
      ...
      """)
  void findsNoVerbInEmptyOrPunctuationOnlyText(String text) {
    assertEquals(false, VERBS.endsInPast(tokenizer.tokenize(text, new Sentence(text, 0, text.length()))));
  }
}
