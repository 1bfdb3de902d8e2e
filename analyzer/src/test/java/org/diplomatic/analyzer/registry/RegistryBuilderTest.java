package org.diplomatic.analyzer.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryBuilderTest {
  private static RegistryBuilder.Official official(String name, String role, String country) {
    return new RegistryBuilder.Official(name, role, country);
  }

  private static List<String> names(Registry registry) {
    return registry.entries().stream().map(e -> e.name() + " " + e.spellings()).toList();
  }

  @Test
  void mergesTheSpellingsOfOnePersonAcrossDocumentsAndScripts() {
    RegistryBuilder builder = new RegistryBuilder();
    builder.add(new RegistryDocument("d1", "a.txt", "2015-07-21"),
        List.of(official("عادل الجبير", "وزير الخارجية السعودي", "SA")));
    builder.add(new RegistryDocument("d2", "b.txt", "2015-08-11"),
        List.of(official("عادل بن أحمد الجبير", "وزير الخارجية", "SA")));
    builder.add(new RegistryDocument("d3", "c.txt", null),
        List.of(official("عادل الجبیر", "وزیر امور خارجه عربستان", "SA")));
    Registry registry = builder.build(-1);
    assertEquals(List.of("عادل بن أحمد الجبير [عادل الجبير, عادل بن أحمد الجبير, عادل الجبیر]"), names(registry));
    RegistryEntry e = registry.entries().get(0);
    assertEquals("p1", e.id());
    assertEquals("SA", e.country());
    assertEquals("2015-07-21", e.first());
    assertEquals("2015-08-11", e.last());
    assertEquals(List.of("a.txt", "b.txt", "c.txt"), e.documents().stream().map(RegistryDocument::source).toList());
    assertEquals(List.of(new RoleSpan("وزير الخارجية السعودي", "2015-07-21", "2015-07-21", 1),
        new RoleSpan("وزير الخارجية", "2015-08-11", "2015-08-11", 1),
        new RoleSpan("وزیر امور خارجه عربستان", null, null, 1)), e.roles());
  }

  @Test
  void keepsNamesakesOfOtherCountriesApart() {
    RegistryBuilder builder = new RegistryBuilder();
    builder.add(new RegistryDocument("d1", "a.txt", "2025-10-21"),
        List.of(official("سلمان بن خليفة آل خليفة", "الرئيس التنفيذي للمركز الوطني للأمن السيبراني", "BH")));
    builder.add(new RegistryDocument("d2", "b.txt", null), List.of(official("سلمان", "پادشاه عربستان", "SA")));
    assertEquals(2, builder.build(-1).entries().size());
  }

  @Test
  void aSurnameSharedByTwoPeopleOfOneCountryStaysApart() {
    RegistryBuilder builder = new RegistryBuilder();
    builder.add(new RegistryDocument("d1", "a.txt", null), List.of(
        official("خالد الفيصل", "أمير منطقة مكة المكرمة", "SA"), official("سعود الفيصل", "وزير الخارجية", "SA")));
    builder.add(new RegistryDocument("d2", "b.txt", null), List.of(official("الفيصل", null, "SA")));
    assertEquals(List.of("خالد الفيصل [خالد الفيصل]", "سعود الفيصل [سعود الفيصل]", "الفيصل [الفيصل]"),
        names(builder.build(-1)));
  }

  @Test
  void aShortFormWithAnotherOfficeIsAnotherPerson() {
    RegistryBuilder builder = new RegistryBuilder();
    builder.add(new RegistryDocument("d1", "a.txt", "2025-10-12"),
        List.of(official("مجيد نوروزي", "القنصل العام الإيراني في البصرة", "IR")));
    builder.add(new RegistryDocument("d2", "b.txt", "2025-10-17"),
        List.of(official("مجيد رضا نوروزي", "نائب وزير الداخلية الإيراني للشؤون الأمنية", "IR")));
    assertEquals(2, builder.build(-1).entries().size());
  }

  @Test
  void theSameNameInUnrelatedOfficesTheSameWeekIsTwoPeopleButYearsApartOne() {
    RegistryBuilder week = new RegistryBuilder();
    week.add(new RegistryDocument("d1", "a.txt", "2025-10-27"),
        List.of(official("علي رضا صادقي نيا", "معاون وزير العلوم والبحوث والتقانة الإيراني", "IR")));
    week.add(new RegistryDocument("d2", "b.txt", "2025-10-31"),
        List.of(official("علي رضا صادقي نيا", "رئيس منظمة الحج والزيارة الإيرانية", "IR")));
    assertEquals(2, week.build(-1).entries().size());
    RegistryBuilder undated = new RegistryBuilder();
    undated.add(new RegistryDocument("d1", "a.txt", null),
        List.of(official("علي لاريجاني", "دبير شوراي عالي امنيت ملي ايران", "IR")));
    undated.add(new RegistryDocument("d2", "b.txt", null),
        List.of(official("علي لاريجاني", "مذاكره‌كننده ارشد هسته‌اي ايران", "IR")));
    assertEquals(1, undated.build(-1).entries().size());
  }

  @Test
  void twoOfficialsOfOneDocumentAreNeverOnePerson() {
    RegistryBuilder builder = new RegistryBuilder();
    builder.add(new RegistryDocument("d1", "a.txt", null),
        List.of(official("محمد بن سلمان", "وزير الدفاع", "SA"), official("محمد بن سلمان بن عبدالعزيز", null, "SA")));
    assertEquals(2, builder.build(-1).entries().size());
  }

  @Test
  void aBuilderOfARegistryAddsToItWithoutRenumbering() {
    RegistryBuilder first = new RegistryBuilder();
    first.add(new RegistryDocument("d1", "a.txt", "2015-07-21"),
        List.of(official("جون كيري", "وزير الخارجية الأمريكي", "US"), official("سامح شكري", null, "EG")));
    RegistryBuilder again = RegistryBuilder.of(first.build(7));
    again.add(new RegistryDocument("d2", "b.txt", "2015-08-02"),
        List.of(official("سيرغي لافروف", null, "RU"), official("جون كيري", null, "US")));
    Registry registry = again.build(8);
    assertEquals(8, registry.generation());
    assertEquals(List.of("p1 جون كيري 2", "p2 سامح شكري 1", "p3 سيرغي لافروف 1"), registry.entries().stream()
        .map(e -> e.id() + " " + e.name() + " " + e.documents().size()).toList());
    assertEquals("p1", registry.entryOf("d2", "جون كيري").orElseThrow().id());
    assertEquals(List.of("p3"), registry.find("لافروف").stream().map(RegistryEntry::id).toList());
  }
}
