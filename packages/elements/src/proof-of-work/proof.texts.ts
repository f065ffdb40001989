/** English texts of the bot defence's progress (the fallback, key by key); German registers under the same `id`. */
export const proofTexts = {
  id: 'proofOfWork',
  en: {
    checking: 'Checking that you are a person…',
    failed: 'We could not confirm that you are a person. Please try again in a moment.',
  },
};
