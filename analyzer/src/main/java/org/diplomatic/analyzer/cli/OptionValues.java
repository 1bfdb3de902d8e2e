package org.diplomatic.analyzer.cli;

/**
 * The values options accept, spelled out for {@code --help} (annotation text must be a compile-time constant, so
 * these repeat {@link org.diplomatic.analyzer.contract.Vocabulary}; a test keeps them equal).
 */
final class OptionValues {
  static final String AREAS = "telecom, ai, cybersecurity, e_government, trade_investment, energy, transport, "
      + "tourism_pilgrimage, culture_religion, education_science, health, security_defense, water_environment, "
      + "agriculture_food";
  static final String KINDS = "obligation, intent, proposal, agreement, decision";
  static final String UNITS = "an ISO 4217 currency code (USD, EUR, IQD, IRR, SAR, AED ...), percent, person, km, "
      + "m, kg, ton, MW, GW, kWh, barrel, cubic_meter, hour, day, month, year";

  private OptionValues() {}
}
