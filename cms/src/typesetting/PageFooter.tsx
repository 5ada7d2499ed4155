import { StyleSheet, Text, View } from '@react-pdf/renderer';

/** A4's height in points. */
const pageHeight = 841.89;

const styles = StyleSheet.create({
  // Placed from the top: react-pdf drops a fixed element placed with `bottom` from pages whose text
  // sets a line height (seen with 4.9), so the footer would vanish from every page.
  footer: { position: 'absolute', top: pageHeight - 34, flexDirection: 'row', justifyContent: 'space-between', fontSize: 8, lineHeight: 1, color: '#5b6475' },
});

/** The line at the foot of every A4 page: what the document is, and the page number. */
export function PageFooter({ text, inset, pageLabel }: { text: string; inset: number; pageLabel: (page: number, pages: number) => string }) {
  return (
    <View style={[styles.footer, { left: inset, right: inset }]} fixed>
      <Text>{text}</Text>
      <Text render={({ pageNumber, totalPages }) => pageLabel(pageNumber, totalPages)} />
    </View>
  );
}
