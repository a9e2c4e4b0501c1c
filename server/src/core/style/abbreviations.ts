// Abbreviations a reader knows without the full name: AP accepts them on first reference ("U.S.", "NATO",
// "FBI", "AIDS", "CEO"), plus time zones, units, company-form suffixes and names that are abbreviations
// only by origin (IBM, HSBC, NASDAQ). style.abbreviation-undefined never reports these. Compared without
// periods and case-sensitively on the letters ("U.S." and "US" are one entry). A newsroom adds its own
// in `.copydesk.json` (`style.abbreviations`).

const LIST = `
U.S. USA U.S.A. U.K. UK U.N. UN EU E.U. UAE U.A.E. USSR U.S.S.R. D.C. L.A. NYC PRC DPRK ROK
NATO FBI CIA NSA NASA FAA FDA EPA IRS SEC FCC FTC DEA ATF ICE TSA CDC NIH DHS DOJ DOD NTSB NOAA FEMA
GOP DNC RNC NAACP ACLU AARP YMCA YWCA AFL-CIO NRA PTA
IMF OPEC UNICEF UNESCO UNHCR UNRWA WTO OECD ASEAN IAEA ICC ICJ OSCE ECB WHO FIFA UEFA IOC NGO
NFL NBA MLB NHL NCAA NASCAR PGA ATP WTA MLS
CNN CBS NBC ABC MSNBC CNBC ESPN HBO NPR PBS BBC AP AFP UPI ITV CBC
CEO CFO COO CTO CIO IPO GDP GNP CPI NYSE NASDAQ AMEX FTSE DAX CAC DJIA S&P TSX ASX AT&T ETF ATM VAT
IBM HP GE GM BMW UPS AIG HSBC UBS BNP ING KPMG PwC LG AMD NEC BAE BP JAL KLM BHP RBS ABN CSX CVS
LLC PLC AG SA NV N.V. SpA GmbH Inc Ltd LP LLP Co Corp Bros
AI PC TV CD DVD USB LED LCD GPS HTML URL PDF OS DRM SDK VPN VoIP WiFi SMS SIM RAM CPU GPU IT ID IQ
HDTV HD CEO's PIN ISP IP API FAQ RSS
DNA RNA HIV AIDS SARS MERS COVID MRI ICU ER TB ADHD PTSD
UTC GMT EST EDT CST CDT MST MDT PST PDT BST CET CEST EET IST AEST JST
GB MB KB TB GHz MHz kHz kW MW GW kWh MWh mph km kg
GI POW MIA SUV RV UFO VIP RSVP OK AM FM PM TNT WMD ISIS ISIL NGO LGBT LGBTQ MP MEP PhD MBA MD RN
USD EUR GBP JPY CNY RMB CHF CAD AUD NZD RUB INR HKD SGD KRW BRL MXN ZAR SEK NOK DKK
EADS HBOS GMAC NeXT AOL RIM SAP SAS TUI VTB ABB AMC ARM BASF BBVA CBS CSX DHL EDS EMC HTC IKEA NEC NTT SNCF TSMC
RTS MICEX MERVAL IBEX KOSPI SENSEX BOVESPA TOPIX HSI SSE OMX AEX SMI ISEQ
Jr Sr Mr Mrs Ms Dr St Ave Blvd Rd Lt Col Gen Sgt
AWOL SWAT SOS TBA SAT ACT GED ROTC JFK RFK FDR MLK
`;

/** The letters of an abbreviation, for lookup: "U.S." → "US", "AT&T" → "AT&T". */
export function abbreviationKey(text: string): string {
  return text.replace(/\./g, '');
}

export const KNOWN_ABBREVIATIONS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean).map(abbreviationKey));
