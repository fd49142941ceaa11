import { Injectable } from '@nestjs/common';
import { Language } from '@relais/contracts';
import { OfficeDirectory, OfficeKind } from '../domain/office-directory';

export interface OfficeView {
  id: string;
  kind: OfficeKind;
  seat: string;
  name: string;
  court: string;
  confirmed: boolean;
  /** The places routed to the office: `region` or `region/cercle`. */
  places: string[];
}

export interface OfficeList {
  version: string;
  status: 'demo' | 'official';
  notice: string;
  offices: OfficeView[];
}

/** The directory of prosecutor's offices, for choosing a transfer's destination; says whether it is the demo. */
@Injectable()
export class ListOffices {
  constructor(private readonly directory: OfficeDirectory) {}

  execute(language: Language): OfficeList {
    return {
      version: this.directory.version,
      status: this.directory.file.status,
      notice: this.directory.file.notice,
      offices: this.directory.offices.map((o) => ({
        id: o.id,
        kind: o.kind,
        seat: o.seat,
        name: o.name[language],
        court: o.court[language],
        confirmed: o.confirmed,
        places: this.directory.routes.filter((r) => r.officeId === o.id).map((r) => (r.cercle ? `${r.region}/${r.cercle}` : r.region)),
      })),
    };
  }
}
