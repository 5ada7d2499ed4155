// The fonts of every PDF the CMS typesets: PT Sans and PT Serif (OFL, with Cyrillic), from npm.
import { Font } from '@react-pdf/renderer';

export const fontFamilies = { text: 'PT Sans', heading: 'PT Serif' };

let fontsRegistered = false;

export function registerFonts() {
  if (fontsRegistered) return;
  const font = (family: string, file: string) => require.resolve(`@expo-google-fonts/${family}/${file}`);
  Font.register({
    family: fontFamilies.text,
    fonts: [
      { src: font('pt-sans', '400Regular/PTSans_400Regular.ttf') },
      { src: font('pt-sans', '400Regular_Italic/PTSans_400Regular_Italic.ttf'), fontStyle: 'italic' },
      { src: font('pt-sans', '700Bold/PTSans_700Bold.ttf'), fontWeight: 700 },
    ],
  });
  Font.register({
    family: fontFamilies.heading,
    fonts: [
      { src: font('pt-serif', '400Regular/PTSerif_400Regular.ttf') },
      { src: font('pt-serif', '700Bold/PTSerif_700Bold.ttf'), fontWeight: 700 },
    ],
  });
  // Russian words are not split by English hyphenation rules: break lines only between words.
  Font.registerHyphenationCallback((word) => [word]);
  fontsRegistered = true;
}
