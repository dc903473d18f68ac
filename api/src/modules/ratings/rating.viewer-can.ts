/** What the signed-in person may do with a rating framework or a file of ratings, from rating.access.ts. */
import { builder } from '../../builder.ts';
import { mayImportRatings, mayRateWith } from '../access/rating.access.ts';

const FrameworkViewerCanRef = builder
  .objectRef<{ recordRating: boolean }>('RatingFrameworkViewerCan')
  .implement({
    description: 'What the signed-in person may do with the framework.',
    fields: (t) => ({
      recordRating: t.exposeBoolean('recordRating', {
        description: 'recordRating with this framework: leads of the inspectorate that owns it.',
      }),
    }),
  });

builder.prismaObjectFields('RatingFramework', (t) => ({
  viewerCan: t.field({
    type: FrameworkViewerCanRef,
    resolve: (framework, _args, ctx) => ({ recordRating: mayRateWith(ctx.viewer, framework) }),
  }),
}));

const ImportViewerCanRef = builder
  .objectRef<{ accept: boolean; discard: boolean }>('RatingImportViewerCan')
  .implement({
    description: 'What the signed-in person may do with the checked file now.',
    fields: (t) => ({
      accept: t.exposeBoolean('accept', {
        description: 'acceptRatingImport: leads, while the file is checked and has good rows.',
      }),
      discard: t.exposeBoolean('discard', {
        description: 'discardRatingImport: leads, while the file is checked.',
      }),
    }),
  });

builder.prismaObjectFields('RatingImport', (t) => ({
  viewerCan: t.field({
    type: ImportViewerCanRef,
    resolve: (batch, _args, ctx) => {
      const open = mayImportRatings(ctx.viewer) && batch.status === 'CHECKED';
      return { accept: open && batch.goodRows > 0, discard: open };
    },
  }),
}));
